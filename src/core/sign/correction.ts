// "Move my change into a correction addendum": the signed text goes back to what was signed
// (the baseline, the last text the editor saw verify) and the change is recorded below the
// signature as a dated, attributed correction listing each changed line, was → now, with the
// clinician's reason. Nothing typed is lost: every changed line is in the correction.
import type { OffsetEdit } from '../types';
import { addendumHeading } from './addendum';
import { diffLines, type Hunk } from './diff';
import { splitLines, eolOf, type Line } from './lines';
import { oneLine, type Signer } from './signer';
import { withoutTrailingSpaces } from '../util/trailing-spaces';
import { verifyText } from './verify';

export interface Change {
  /** 1-based first line in the signed text. */
  line: number;
  was: string[];
  now: string[];
}

export type CorrectionPlan =
  | { kind: 'edits'; edits: OffsetEdit[]; changes: Change[] }
  | { kind: 'unavailable'; message: string };

const unavailable = (message: string): CorrectionPlan => ({ kind: 'unavailable', message });

/** The runs of changed lines in the signed part of `baseline`, and where that part ends in `current` (a line index). */
export function signedChanges(baseline: string, current: string): { hunks: Hunk[]; a: Line[]; b: Line[]; boundary: number } | undefined {
  const v = verifyText(baseline);
  if (!v.checks.length || v.checks.some((c) => c.kind !== 'valid')) return undefined;
  const a = splitLines(baseline);
  const b = splitLines(current);
  const k = a.filter((l) => l.start < v.signedEnd).length;
  const hunks: Hunk[] = [];
  let boundary = k;
  for (const h of diffLines(a.map((l) => l.text), b.map((l) => l.text))) {
    // A run belongs to the signed text when it starts inside it; an insertion right after the
    // last signed line is new unsigned text.
    if (h.aStart >= k) break;
    if (h.aEnd > k) {
      // It runs on past the signature: what it put in place counts as signed text changed; the
      // lines below the signature it removed stay removed (they were not signed).
      hunks.push({ ...h, aEnd: k });
      boundary = h.bEnd;
      break;
    }
    hunks.push(h);
    boundary += h.bEnd - h.bStart - (h.aEnd - h.aStart);
  }
  return { hunks, a, b, boundary };
}

export function planCorrection(baseline: string, current: string, reason: string, signer: Signer, now: Date, offsetMinutes?: number): CorrectionPlan {
  const why = oneLine(reason);
  if (!why) return unavailable('A correction needs a reason: say why the signed text was wrong.');
  const found = signedChanges(baseline, current);
  if (!found) return unavailable('No verified copy of the signed text is open in the editor: restore it from a copy (a backup or version control).');
  const { hunks, a, b, boundary } = found;
  if (!hunks.length) return unavailable('The signed text is unchanged: there is nothing to move.');
  const eol = eolOf(current);
  const startOf = (lines: Line[], i: number, text: string) => (i < lines.length ? lines[i].start : text.length);
  const endOf = (lines: Line[], from: number, to: number, text: string) => (to > from ? lines[to - 1].next : startOf(lines, from, text));

  const changes: Change[] = hunks.map((h) => ({ line: h.aStart + 1, was: a.slice(h.aStart, h.aEnd).map((l) => l.text), now: b.slice(h.bStart, h.bEnd).map((l) => l.text) }));
  const edits: OffsetEdit[] = hunks.map((h) => {
    const start = startOf(b, h.bStart, current);
    const end = endOf(b, h.bStart, h.bEnd, current);
    let restored = baseline.slice(startOf(a, h.aStart, baseline), endOf(a, h.aStart, h.aEnd, baseline));
    // The last signed line may have had no line break; the text after it still needs one.
    if (restored && !/[\r\n]$/.test(restored) && end < current.length) restored += eol;
    return { start, end, newText: restored };
  });

  // The correction goes right after the signature, before any unsigned text below it.
  const at = startOf(b, boundary, current);
  const last = edits[edits.length - 1];
  const merged = last !== undefined && last.end === at;
  const before = merged ? current.slice(0, last.start) + last.newText : current.slice(0, at);
  const lead = !before.length ? '' : /[\r\n]$/.test(before) ? eol : eol + eol;
  const follows = current.slice(at).trim() ? eol : '';
  const body = [
    addendumHeading('correction', signer, now, offsetMinutes), '', `**Reason:** ${why}`, '',
    'Changed in the signed text above, which stays as it was signed:', '', '~~~text', ...changes.flatMap(describe), '~~~',
  ].join(eol) + eol + follows;
  if (merged) last.newText += lead + body;
  else edits.push({ start: at, end: at, newText: lead + body });
  return { kind: 'edits', edits, changes };
}

const INDENT = '       ';

function describe(c: Change): string[] {
  const span = c.was.length > 1 ? `Lines ${c.line}–${c.line + c.was.length - 1}` : `Line ${c.line}`;
  const list = (label: string, lines: string[], none: string) => {
    if (!lines.length) return [`  ${label}: ${none}`];
    return lines.map((l, i) => `${i ? INDENT : `  ${label}: `}${l.trim() ? withoutTrailingSpaces(l) : '(blank line)'}`);
  };
  return [span, ...list('was', c.was, '(nothing)'), ...list('now', c.now, '(removed)')];
}
