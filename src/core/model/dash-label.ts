// "Consent - verbal today", "Needles in/out - 2/2", "LEFS - 61/80": a field's label ended with a spaced dash, as terse
// notes and some EMRs write it, is read as the same label ended with a colon. So is any label over a
// field left blank ("Consent obtained - ___", "Response/LTR - ___"): a dash before a blank has no other
// reading. So is a note app's inline field ("consent:: verbal"), a form's question ("Consent? Yes – verbal") and a template's
// field name in brackets ("[Aftercare] …"). The text keeps its length, so every offset into it still points into the note.
import { blankValue, detailLabelRe, statementLabelRe } from '../lexicon/labels';
import { questionnaireLabelRe } from '../lexicon/scores';
import { matchLabel } from './sections';

const dashLabelRe = /^([*_]*)([A-Za-z][^:\n*_]{0,39}?)([*_]*)[ \t]+[-–—](?=[ \t])/;

// A note app's inline field, as Obsidian's Dataview writes one ("consent:: verbal", "LTR:: x2").
const inlineFieldRe = /^[*_]*[A-Za-z][^:\n]{0,39}?:(?=:(?:[ \t]|$))/;
// A form written as questions and answers ("Consent? Yes – verbal re-confirmed today").
const questionLabelRe = /^([*_]*)([A-Za-z][^:?\n*_]{0,39}?)([*_]*)\?(?=[ \t]|$)/;
// A template's field name in square brackets ("[Aftercare] Upper back will be sore 1-2 days"); a section's name in brackets
// ("[History]", "[Plan]") is read by the section reader, as a heading.
const bracketLabelRe = /^([*_]*)\[[ \t]*([A-Za-z][^\]:\n]{0,39}?)[ \t]*\](?=[ \t]|$)/;

/**
 * The text with a leading field label's spaced dash, question mark or square brackets, or an inline field's double colon, made
 * a colon; other text as it is.
 */
export function labelColon(text: string): string {
  const field = inlineFieldRe.exec(text);
  if (field) return `${field[0]} ${text.slice(field[0].length + 1)}`;
  const question = questionLabelRe.exec(text);
  if (question && knownLabel(`${question[2]}:`)) return `${text.slice(0, question[0].length - 1)}:${text.slice(question[0].length)}`;
  const bracketed = text.startsWith('[') || text.startsWith('*') || text.startsWith('_') ? bracketLabelRe.exec(text) : null;
  if (bracketed && fieldLabel(`${bracketed[2]}:`)) {
    const open = bracketed[1].length;
    const close = bracketed[0].length - 1;
    return `${text.slice(0, open)} ${text.slice(open + 1, close)}:${text.slice(close + 1)}`;
  }
  const m = dashLabelRe.exec(text);
  if (!m) return text;
  const label = `${m[2]}:`;
  if (!knownLabel(label) && !blankValue.test(text.slice(m[0].length))) return text;
  const at = m[1].length + m[2].length + m[3].length;
  return `${text.slice(0, at)}:${' '.repeat(m[0].length - at - 1)}${text.slice(m[0].length)}`;
}

const fieldLabel = (label: string) => statementLabelRe.test(label) || detailLabelRe.test(label) || questionnaireLabelRe.test(label);
const knownLabel = (label: string) => fieldLabel(label) || Boolean(matchLabel(label));
