// The needle count as the note states it: numbers in and out in any wording ("Needles: 5 in / 5
// out", "in/out 4/4", "used: 10; removed: 9"), "all needles removed", or a needle said to be
// missing ("all but one removed", "one needle unaccounted for").
import {
  accountedRe, COUNT_CHECKED_SOURCE, COUNT_MADE_SOURCE, EVERY_NEEDLE_SOURCE, IN_SOURCE, MISSING_SOURCE, missingRe, NONE_LEFT_SOURCE, OUT_SOURCE,
} from '../../lexicon/needle-count';
import { SPELLED_NUMBER_SOURCE, spelledNumberValue, withSpelledNumbersAsDigits } from '../../lexicon/numbers';
import { findNeedles } from '../tokens';
import type { Unit } from '../units';
import type { NeedleCount } from './types';

// The count's grammar; its words come from the lexicon. A bare "in" or "out" is read only in a count's shape.
const OUT_OR_ALL = String.raw`(?:out|${OUT_SOURCE}|accounted\s+for)`;
const allRemovedRe = new RegExp(
  // "All needles (3) removed": the number may stand in brackets after the needles.
  String.raw`\b${EVERY_NEEDLE_SOURCE}\s+(?:(?:\d{1,3}|${SPELLED_NUMBER_SOURCE})\s+)?(?:(?:of\s+the|the)\s+)?(?:needles?\s+(?:\(\s*\d{1,3}\s*\)\s*)?)?(?:were\s+|was\s+)?(?:out|${OUT_SOURCE}|accounted\s+for|disposed)`
    + String.raw`|\bneedles?\s+(?:were\s+)?${EVERY_NEEDLE_SOURCE}\s+${OUT_OR_ALL}`
    + String.raw`|\bneedles?\s+(?:count\s+)?(?:is\s+|was\s+)?${COUNT_CHECKED_SOURCE}\b|\bcount\s+(?:is\s+|was\s+)?(?:${COUNT_CHECKED_SOURCE}|${COUNT_MADE_SOURCE})\b`
    + String.raw`|\bno\s+needles?\s+(?:were\s+)?${NONE_LEFT_SOURCE}\b`
    // "Needles accounted for (x2)": accounted for is every one of them, with or without "all" (as the clause's subject: not "one of the needles …").
    + String.raw`|(?:^|[.;,(]\s*)needles\s+(?:were\s+|are\s+)?accounted\s+for\b`
    // "2 needles inserted and removed": each needle that went in came out.
    + String.raw`|\bneedles?\s+(?:were\s+)?${IN_SOURCE}\s+(?:and|&|\+|then)\s+${OUT_SOURCE}`,
  'i',
);
const allOutRe = new RegExp(String.raw`\b${EVERY_NEEDLE_SOURCE}\s+${OUT_OR_ALL}\b`, 'i');
const notTime = String.raw`(?!\s*(?:min|mins|minutes?|sec|secs|seconds?|s\b|mm|cm|h\b|hrs?|hours?|%|°|x\b|×)|:\d)`;
// A bare "in" counts only as "5 in / 5 out", "5 in, 5 out", "5 (in)": never "2 needles in R UT".
const inAfterRe = new RegExp(String.raw`\b(\d{1,3})\s*(?:needles?\s*)?(?:\(\s*in\s*\)|in(?=\s*(?:[/,;)\-–—&|]|and\b|$|\d))|${IN_SOURCE}\b)`, 'i');
const outAfterRe = new RegExp(String.raw`\b(\d{1,3})\s*(?:needles?\s*)?\(?\s*(?:out(?!\s+of\b)|${OUT_SOURCE})\b\s*\)?`, 'i');
const inBeforeRe = new RegExp(String.raw`(?:\b|#)(?:needles?\s+)?(?:in|${IN_SOURCE})\s*[:=#]?\s*(\d{1,3})\b` + notTime, 'i');
const outBeforeRe = new RegExp(String.raw`(?:\b|#)(?:needles?\s+)?(?:out|${OUT_SOURCE})\s*[:=#]?\s*(\d{1,3})\b` + notTime, 'i');
const outWordRe = new RegExp(String.raw`\b(?:out|${OUT_SOURCE})\b`, 'i');
// "in/out: 6/6", "6/6 (in/out)", "count: 6/6", "Needles: 6/6": the numbers in, then out.
const pairRe = new RegExp([
  String.raw`\bin\s*\/\s*out\s*[:=]?\s*(\d{1,3})\s*\/\s*(\d{1,3})\b`,
  String.raw`\b(\d{1,3})\s*\/\s*(\d{1,3})\s*(?:needles?\s*)?\(?in\s*\/\s*out\b`,
  String.raw`\bcount\s*[:=]?\s*(\d{1,3})\s*\/\s*(\d{1,3})\b(?!\s*\/)`,
  String.raw`\bneedles?\s*(?:count)?\s*[:=]\s*(\d{1,3})\s*\/\s*(\d{1,3})\b(?!\s*\/)`,
].join('|'), 'i');
// "4 needles in/out", "in/out: 4", "in/out x4": one number for both ("in/out 4/4" is a pair, above); never a clock's
// time ("Time in/out: 10:30–11:26").
const sameInOutRe = new RegExp(
  String.raw`\b(\d{1,3})\s*(?:needles?\s*)?in\s*\/\s*out\b(?!\s*[:=]?\s*\d)|\bin\s*\/\s*out\s*(?:[:=]|x|×)?\s*(\d{1,3})\b(?!\s*(?:[/(]|in\b|out\b|of\b|\d)|[:.]\d)`,
  'i',
);
const ofRe = new RegExp(
  String.raw`\b(?:out|${OUT_SOURCE})\s*[:=]?\s*(\d{1,3})\s*(?:of|\/|out of)\s*(\d{1,3})\b|\b(\d{1,3})\s*\/\s*(\d{1,3})\s*needles?\s+${OUT_OR_ALL}\b`
    + String.raw`|\b(\d{1,3})\s*(?:of|out of)\s*(\d{1,3})\s*(?:needles?\s*)?(?:out|${OUT_SOURCE})\b|\b${OUT_SOURCE}\s+(\d{1,3})\s*(?:of|out of)\s*(\d{1,3})\b`,
  'i',
);
// The text reaches these with its spelled numbers in digits ("all but one" reads "all but 1").
/** "all but one removed", "all but 1 out". */
const allButRe = /\ball\s+but\s+(\d{1,2}|a)\b/i;
/** "one needle unaccounted for", "1 needle missing", "a needle could not be found". */
const missingCountRe = new RegExp(String.raw`\b(\d{1,2}|a|an)\s+(?:needles?\s+)?(?:(?:is|was|were|are|remains?|still)\s+)?(?=${MISSING_SOURCE})`, 'i');

const num = (s: string) => (/^an?$/i.test(s) ? 1 : parseInt(s, 10));

function countsIn(t: string): { inserted?: number; removed?: number } {
  const pair = pairRe.exec(t);
  if (pair) {
    const [a, b] = [pair[1] ?? pair[3] ?? pair[5] ?? pair[7], pair[2] ?? pair[4] ?? pair[6] ?? pair[8]];
    return { inserted: parseInt(a, 10), removed: parseInt(b, 10) };
  }
  const same = sameInOutRe.exec(t);
  if (same) {
    const n = parseInt(same[1] ?? same[2], 10);
    return { inserted: n, removed: n };
  }
  const of = ofRe.exec(t);
  if (of) return { removed: parseInt(of[1] ?? of[3] ?? of[5] ?? of[7], 10), inserted: parseInt(of[2] ?? of[4] ?? of[6] ?? of[8], 10) };
  const inM = inAfterRe.exec(t) ?? inBeforeRe.exec(t);
  const outM = outAfterRe.exec(t) ?? outBeforeRe.exec(t);
  return { inserted: inM ? parseInt(inM[1], 10) : undefined, removed: outM ? parseInt(outM[1], 10) : undefined };
}

/** The text states how many needles went in and came out ("6 in, 6 out", "in/out 4/4"). */
export function statesInAndOut(t: string): boolean {
  // Asked for every muscle a line names: most stretches say nothing of needles coming out.
  if (!outWordRe.test(t)) return false;
  const c = countsIn(withSpelledNumbersAsDigits(t));
  return c.inserted !== undefined && c.removed !== undefined;
}

function statesAllRemoved(t: string): boolean {
  return allRemovedRe.test(t) || (/\bneedles?\b/i.test(t) && allOutRe.test(t));
}

/** The text says the needles came out: counted in and out, or all removed. */
export function statesNeedlesOut(t: string): boolean {
  return statesInAndOut(t) || statesAllRemoved(t);
}

/** How many needles the text says are missing, if it says so. */
function missingIn(t: string): number | undefined {
  const allBut = allButRe.exec(t);
  if (allBut) return num(allBut[1]);
  if (!missingRe.test(t)) return undefined;
  const m = missingCountRe.exec(t);
  return m ? num(m[1]) : /\bneedles?\b/i.test(t) ? 1 : undefined;
}

const boldMarksRe = /\*+|(?<!_)__(?!_)/g;
const mayCountRe = new RegExp(`needle|count|\\bout\\b|\\bused\\b|${OUT_SOURCE}`, 'i');

export function findNeedleCounts(units: readonly Unit[]): NeedleCount[] {
  const out: NeedleCount[] = [];
  units.forEach((u, i) => {
    // Bold labels ("**Needles in/out:** 2/2") read as their words.
    let t = u.text.replace(boldMarksRe, '');
    if (u.kind === 'row') {
      // A table with "needles in" / "needles out" columns.
      const cells = u.cells!;
      const inCell = cells.find((c) => /\bin\b|inserted/.test(c.column) && /needle|count|^in$/.test(c.column));
      const outCell = cells.find((c) => /\bout\b|removed/.test(c.column) && /needle|count|^out$|^removed$/.test(c.column));
      if (inCell || outCell) {
        const n = (s?: string) => (s && /^\s*\d{1,3}\s*$/.test(s) ? parseInt(s, 10) : s ? spelledNumberValue(s.trim()) : undefined);
        const inserted = n(inCell?.text);
        const removed = n(outCell?.text);
        if (inserted !== undefined || removed !== undefined) out.push({ unit: i, start: u.start, end: u.start + t.length, inserted, removed, allRemoved: false, accountedFor: false });
        return;
      }
      t = cells.map((c) => `${c.column}: ${c.text}`).join('; ');
    }
    // A count names needles, a count, or what came out; most lines do neither.
    if (!mayCountRe.test(t)) return;
    // "five in, four out" reads as "5 in, 4 out".
    t = withSpelledNumbersAsDigits(t);
    // "1 in / 1 out", "2 in 2 out" is a count even without the word "needle"; so is "Both removed." right under the
    // needled muscles' sizes, whose needles it can only mean.
    const underDoses = () => i > 0 && units[i - 1].lastLine >= u.line - 1 && findNeedles(units[i - 1].text).length > 0 && statesAllRemoved(t);
    // … nor "In 2 / out 2", the numbers after their words; nor "2 in and 2 out", as said.
    if (!/needle|count|\bin\s*\/\s*out\b|\b\d{1,3}\s*in\s*(?:[/,;&]|and)?\s*\d{1,3}\s*out\b|\bin\s*:?\s*\d{1,3}\s*[/,;&]?\s*out\s*:?\s*\d{1,3}\b|\bused\s*:\s*\d/i.test(t) && !underDoses()) return;
    const missing = missingIn(t);
    const allRemoved = missing === undefined && statesAllRemoved(t);
    const { inserted, removed } = countsIn(t);
    // "found" explains a difference; "not found" does not.
    const accountedFor = accountedRe.test(t.replace(new RegExp(missingRe.source, missingRe.flags + 'g'), ' '));
    if (inserted !== undefined || removed !== undefined || allRemoved || missing !== undefined) {
      out.push({ unit: i, start: u.start, end: u.start + u.text.length, inserted, removed, allRemoved, accountedFor, ...(missing !== undefined ? { missing } : {}) });
    }
  });
  return out;
}
