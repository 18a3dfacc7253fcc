// Spans of text already claimed by one reading ("6/10" inside "NPRS 6/10"), asked "is this offset
// claimed?" once per later match. A list searched with `some` made those passes quadratic on a long
// dictated line; kept sorted, each question is a binary search.
import { countBefore } from './search';

/** Non-overlapping [start, end) spans, kept sorted by start. */
export class ClaimedSpans {
  private readonly starts: number[] = [];
  private readonly ends: number[] = [];

  /** Claims [start, end). Appending in order is O(1); an earlier span is inserted in place. */
  add(start: number, end: number): void {
    let at = this.starts.length;
    if (at && this.starts[at - 1] > start) at = this.firstAfter(start);
    this.starts.splice(at, 0, start);
    this.ends.splice(at, 0, end);
  }

  /** True when `offset` lies inside a claimed span. */
  covers(offset: number): boolean {
    const k = this.firstAfter(offset) - 1;
    return k >= 0 && this.ends[k] > offset;
  }

  /** True when [start, end) overlaps a claimed span. */
  overlaps(start: number, end: number): boolean {
    if (this.covers(start)) return true;
    const k = this.firstAfter(start);
    return k < this.starts.length && this.starts[k] < end;
  }

  /** Index of the first span starting after `offset`. */
  private firstAfter(offset: number): number {
    return countBefore(this.starts.length, (i) => this.starts[i] <= offset);
  }
}
