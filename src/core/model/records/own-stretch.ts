// The text around a muscle that can only be about it, asked once per abdominal-wall or group record. A dictated
// line may name thousands of muscles, so the names are sorted once per line and only those within reach are read.
import { countBefore } from '../../util/search';

/** Up to this many characters either side of a muscle. */
const REACH = 60;

/** The muscles named on one line, as [start, end) offsets in its text, sorted by start. */
export class NamesOnLine {
  private readonly names: ReadonlyArray<readonly [number, number]>;
  private readonly longest: number;

  constructor(names: ReadonlyArray<readonly [number, number]>) {
    this.names = [...names].sort((a, b) => a[0] - b[0]);
    this.longest = this.names.reduce((n, [s, e]) => Math.max(n, e - s), 0);
  }

  /**
   * Up to 60 characters either side of [start, end), stopping at the next muscle named on the line
   * ("L lower trapezius, R rectus abdominis (infraumbilical)" gives the rectus its bracket, not the trapezius's "lower").
   * A name that starts before the reach minus the longest name ends before the reach, and one that starts past
   * the reach after the muscle stops nothing sooner, so only the names between are read.
   */
  ownStretch(text: string, start: number, end: number): string {
    let from = Math.max(0, start - REACH);
    let to = Math.min(text.length, end + REACH);
    for (let i = this.firstStartingAt(start - REACH - this.longest); i < this.names.length && this.names[i][0] < end + REACH; i++) {
      const [s, e] = this.names[i];
      if (e <= start) from = Math.max(from, e);
      else if (s >= end) to = Math.min(to, s);
    }
    return text.slice(from, to);
  }

  /** Index of the first name starting at or after `offset`. */
  private firstStartingAt(offset: number): number {
    return countBefore(this.names.length, (i) => this.names[i][0] < offset);
  }
}
