// A line diff (longest common subsequence), for the correction addendum's "was → now" list and
// for showing which signed lines changed. Lines are compared as the canonical form compares
// them, so a trailing space is not a change.
import { canonicalLine } from './canonical';

/** One run of changed lines: `a` lines [aStart, aEnd) of the old text became `b` lines [bStart, bEnd) of the new. */
export interface Hunk {
  aStart: number;
  aEnd: number;
  bStart: number;
  bEnd: number;
}

/** Above this many cells the middle of a diff is reported as one change (a note is never this long). */
const MAX_CELLS = 16_000_000;

export function diffLines(a: readonly string[], b: readonly string[]): Hunk[] {
  const ka = a.map(canonicalLine);
  const kb = b.map(canonicalLine);
  let pre = 0;
  while (pre < ka.length && pre < kb.length && ka[pre] === kb[pre]) pre++;
  let suf = 0;
  while (suf < ka.length - pre && suf < kb.length - pre && ka[ka.length - 1 - suf] === kb[kb.length - 1 - suf]) suf++;
  const n = ka.length - pre - suf;
  const m = kb.length - pre - suf;
  if (!n && !m) return [];
  if (!n || !m || n * m > MAX_CELLS) return [{ aStart: pre, aEnd: pre + n, bStart: pre, bEnd: pre + m }];
  // lcs[i][j] = LCS length of a[pre+i..] and b[pre+j..], one row of (m + 1) per i.
  const w = m + 1;
  const lcs = new Uint32Array((n + 1) * w);
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      lcs[i * w + j] = ka[pre + i] === kb[pre + j] ? lcs[(i + 1) * w + j + 1] + 1 : Math.max(lcs[(i + 1) * w + j], lcs[i * w + j + 1]);
    }
  }
  const hunks: Hunk[] = [];
  let open: Hunk | undefined;
  const touch = (i: number, j: number) => (open ??= { aStart: pre + i, aEnd: pre + i, bStart: pre + j, bEnd: pre + j });
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && ka[pre + i] === kb[pre + j]) {
      if (open) {
        hunks.push(open);
        open = undefined;
      }
      i++;
      j++;
    } else if (j < m && (i === n || lcs[i * w + j + 1] >= lcs[(i + 1) * w + j])) {
      touch(i, j).bEnd = pre + ++j;
    } else {
      touch(i, j).aEnd = pre + ++i;
    }
  }
  if (open) hunks.push(open);
  return hunks;
}
