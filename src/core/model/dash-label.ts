// "Consent - verbal today", "Needles in/out - 2/2", "LEFS - 61/80": a field's label ended with a spaced dash, as terse
// notes and some EMRs write it, is read as the same label ended with a colon. So is any label over a
// field left blank ("Consent obtained - ___", "Response/LTR - ___"): a dash before a blank has no other
// reading. So is a note app's inline field ("consent:: verbal"), and a form's question ("Consent? Yes – verbal"). The text keeps its length, so every offset
// into it still points into the note.
import { blankValue, detailLabelRe, statementLabelRe } from '../lexicon/labels';
import { questionnaireLabelRe } from '../lexicon/scores';
import { matchLabel } from './sections';

const dashLabelRe = /^([*_]*)([A-Za-z][^:\n*_]{0,39}?)([*_]*)[ \t]+[-–—](?=[ \t])/;

// A note app's inline field, as Obsidian's Dataview writes one ("consent:: verbal", "LTR:: x2").
const inlineFieldRe = /^[*_]*[A-Za-z][^:\n]{0,39}?:(?=:(?:[ \t]|$))/;
// A form written as questions and answers ("Consent? Yes – verbal re-confirmed today").
const questionLabelRe = /^([*_]*)([A-Za-z][^:?\n*_]{0,39}?)([*_]*)\?(?=[ \t]|$)/;

/** The text with a leading field label's spaced dash, or an inline field's double colon, made a colon; other text as it is. */
export function labelColon(text: string): string {
  const field = inlineFieldRe.exec(text);
  if (field) return `${field[0]} ${text.slice(field[0].length + 1)}`;
  const question = questionLabelRe.exec(text);
  if (question && knownLabel(`${question[2]}:`)) return `${text.slice(0, question[0].length - 1)}:${text.slice(question[0].length)}`;
  const m = dashLabelRe.exec(text);
  if (!m) return text;
  const label = `${m[2]}:`;
  if (!knownLabel(label) && !blankValue.test(text.slice(m[0].length))) return text;
  const at = m[1].length + m[2].length + m[3].length;
  return `${text.slice(0, at)}:${' '.repeat(m[0].length - at - 1)}${text.slice(m[0].length)}`;
}

const knownLabel = (label: string) => statementLabelRe.test(label) || detailLabelRe.test(label) || questionnaireLabelRe.test(label) || Boolean(matchLabel(label));
