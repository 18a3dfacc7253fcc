// Where the needling words and the other treatments stand in a line, found once per line. Each
// muscle asks what its own stretch before it holds; searching that stretch again for every
// muscle made a long dictated line cost a pass per muscle.
import { findAll } from '../../lexicon/pattern';
import { needlingTermsRe } from '../../lexicon/needling';
import { notDoneRe } from '../../lexicon/status';
import { otherTreatmentRe } from '../../lexicon/treatments';
import { countBefore } from '../../util/search';

type Hit = { start: number; end: number };

const otherTreatmentAllRe = new RegExp(otherTreatmentRe.source, otherTreatmentRe.flags + 'g');
const notDoneAllRe = new RegExp(notDoneRe.source, notDoneRe.flags.replace('g', '') + 'g');

export class LineHits {
  private needlingHits?: Hit[];
  private otherHits?: Hit[];
  private notDone?: boolean;
  private notDoneHits?: Hit[];
  private needlingDone?: boolean;

  constructor(private readonly text: string) {}

  /** The line says somewhere that something was not done ("declined", "deferred"); most lines do not, and skip the closer look. */
  saysNotDone(): boolean {
    return (this.notDone ??= notDoneRe.test(this.text));
  }

  /** Some not-done word overlaps [from, to): only then is the stretch worth a closer look. */
  notDoneNear(from: number, to: number): boolean {
    if (!this.saysNotDone()) return false;
    const list = (this.notDoneHits ??= hits(this.text, notDoneAllRe));
    const k = countBefore(list.length, (i) => list[i].end <= from);
    return k < list.length && list[k].start < to;
  }

  /**
   * Some needling word of the line is not said to be undone: "R SCM mildly tender, not needled" names
   * needling only as not done, so it records none.
   */
  namesNeedlingDone(): boolean {
    const list = (this.needlingHits ??= hits(this.text, needlingTermsRe));
    return (this.needlingDone ??= list.some((h) => !this.notDoneNear(h.start, h.end)));
  }

  /** The last needling word lying wholly in [from, to). */
  lastNeedling(from: number, to: number): Hit | undefined {
    return lastWithin((this.needlingHits ??= hits(this.text, needlingTermsRe)), from, to);
  }

  /** The last other treatment ("STM", "cupping") lying wholly in [from, to). */
  lastOther(from: number, to: number): Hit | undefined {
    return lastWithin((this.otherHits ??= hits(this.text, otherTreatmentAllRe)), from, to);
  }
}

function hits(text: string, re: RegExp): Hit[] {
  return findAll(re, text);
}

/** Binary search over hits in order: the last that starts at or after `from` and ends by `to`. */
function lastWithin(list: readonly Hit[], from: number, to: number): Hit | undefined {
  const lo = countBefore(list.length, (i) => list[i].start < to);
  for (let k = lo - 1; k >= 0 && list[k].start >= from; k--) if (list[k].end <= to) return list[k];
  return undefined;
}
