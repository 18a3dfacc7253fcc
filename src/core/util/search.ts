// One binary search for the sorted lists the readers ask "where does this offset fall?" once per match, so a long
// dictated line stays linear-logarithmic rather than quadratic.

/** How many of the first `length` items pass `before`, a test that holds for a leading run of them and then never. */
export function countBefore(length: number, before: (i: number) => boolean): number {
  let lo = 0;
  let hi = length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (before(mid)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
