import { needlingHeadingRe } from '../lexicon/needling';
import { alternation, LATIN_LETTER } from '../lexicon/pattern';
import { generalTreatmentLabelRe, needlingHeadingLineRe, needlingLeadInLineRe, treatmentSectionLabelRe, treatmentSectionTitleRe } from '../lexicon/labels';
import { hasDose } from './records/details';
import { planWrittenInline, TodayAfterReasoning } from './plan-end';
import { headingText, type Unit } from './units';
import { execAll } from '../util/matches';
import { clauseSpans } from './clauses';

// SOAP sections as therapists write them: "## Subjective", "S:", "**S:**", "SUBJECTIVE",
// "S - pt reports…", "Subjective" alone on a line, at any heading level.

export type SoapKind = 'subjective' | 'objective' | 'assessment' | 'plan';
export const SOAP_KINDS: readonly SoapKind[] = ['subjective', 'objective', 'assessment', 'plan'];

export interface Section {
  kind: SoapKind | 'other';
  /** The label or heading as written, e.g. "**S:**" or "## Objective". */
  label: string;
  /** Offsets of the label text. */
  labelStart: number;
  labelEnd: number;
  /** Offset just after the label, where the section's own text begins. */
  bodyStart: number;
  /** Heading depth, 0 for an inline label. */
  depth: number;
  /** Further SOAP parts a combined label holds: "A/P" and "Assessment/Plan" are an assessment that also holds the plan. */
  also?: SoapKind[];
  /** Index of the first unit of the section (the label's unit). */
  firstUnit: number;
  /** One past the last unit of the section. */
  endUnit: number;
}

/** The words read as each SOAP section's label (lower case; single letters only with a colon or dash). */
export const SECTION_NAMES: Readonly<Record<SoapKind, readonly string[]>> = {
  subjective: ['s', 'subj', 'subjective', 'subjective findings', 'subjective report', 'history', 'hx', 'hpi', 'history of present illness', 'hpc', 'history of presenting complaint', 'presenting complaint', 'pc',
    'chief complaint', 'cc', 'c/o', 'complaint', ...['patient', 'pt', 'client'].map((who) => `${who} report`), ...['goddrychol', 'subjectif', 'subjetivo']],
  objective: ['o', 'obj', 'objective', 'objective findings', 'examination', 'exam', 'objective exam', 'o/e', 'on examination', 'examination findings', 'physical exam',
    'physical examination', 'findings', 'clinical findings', ...['gwrthrychol', 'objectif', 'objetivo']],
  assessment: ['a', 'assess', 'assessment', 'impression', 'imp', 'clinical impression', 'assessment and reasoning', 'analysis', 'clinical reasoning', ...['asesiad', 'évaluation', 'evaluación']],
  plan: ['p', 'plan', 'plan of care', 'poc', 'treatment plan', 'plan/recommendations', 'recommendations', 'next steps', 'management plan', 'management', 'mx', 'cynllun'],
};
// The bracketed lists are the section names of bilingual notes (Welsh, French, Spanish), read alone or beside the
// English one ("Goddrychol / Subjective").

const names = SECTION_NAMES;
const byName = new Map<string, SoapKind>();
for (const kind of SOAP_KINDS) for (const n of names[kind]) byName.set(n, kind);

/** Single letters only count as labels when followed by ":" or a dash, never alone ("A" is also a word). */
function kindOf(word: string, allowLetter: boolean): SoapKind | undefined {
  const key = word.toLowerCase().replace(/\s+/g, ' ').trim();
  if (key.length === 1 && !allowLetter) return undefined;
  // "my impression -", "our plan:": a dictating clinician's own section, named with the possessive.
  return byName.get(key) ?? (/^(?:my|our) \S/.test(key) ? byName.get(key.slice(key.indexOf(' ') + 1)) : undefined);
}

/**
 * A label, possibly combined: "A/P", "Assessment/Plan", "Impression & Plan". Only assessment with
 * plan is read as combined: "S/O" is as often "significant other". The first part is the section's kind.
 */
function kindsOf(word: string, allowLetter: boolean): SoapKind[] | undefined {
  // Whole names first: "Assessment and reasoning" and "Plan/recommendations" are one section.
  const whole = kindOf(word, allowLetter);
  if (whole) return [whole];
  const parts = word.split(/(?<!\s)\s*(?:\/|&|\band\b)\s*/i);
  if (parts.length === 1) return undefined;
  // "A/P" is never a word, so letters are allowed in a combined label even without a colon.
  const kinds = parts.map((p) => kindOf(p, true));
  // "Subjective / Kaupapa": a section's name beside one word of a language not listed here.
  const known = kinds.filter((k) => k !== undefined);
  if (parts.length === 2 && known.length === 1 && parts.every((p) => p.trim().length > 1) && parts.some((p, k) => !kinds[k] && oneWordRe.test(p.trim()))) return known;
  if (kinds.some((k) => !k) || parts.some((p) => !p.trim())) return undefined;
  // "Goddrychol / Subjective": one section named in two languages (names, not letters: "S/S" is no label).
  if (parts.every((p) => p.trim().length > 1) && new Set(kinds).size === 1) return [kinds[0]!];
  if (kinds.join() !== 'assessment,plan') return undefined;
  // Letters and words are not mixed ("A/Plan" is unusual enough to be something else).
  if (new Set(parts.map((p) => p.trim().length === 1)).size > 1) return undefined;
  return kinds as SoapKind[];
}

/** A label's letters: Latin, with accents ("ASSESSMENT / ÉVALUATION:"). */
const L = LATIN_LETTER;
/** One word of letters, in any Latin alphabet. */
const oneWordRe = new RegExp(`^[${L}]+$`);
// The closing mark is tried with its own spaces, so a run of spaces after the label is split one way, not every way
// (three spans of spaces in a row were cubic on a line like "- R" and a thousand spaces).
const labelRe = new RegExp(String.raw`^(\*\*|__|\*|_)?[ \t]*([${L}][${L} /&]{0,30}?)(?:[ \t]*(\*\*|__|\*|_))?[ \t]*(?::|[-–—](?=\s|$|(?:\*\*|__|\*|_)(?:\s|$))|\)(?=\s))(\*\*|__|\*|_)?`);
const enumeratedRe = /\)[*_]*$/;
const boldStopRe = new RegExp(String.raw`^(\*\*|__)[ \t]*([${L}][${L} /&]{1,30}?)[ \t]*\.(\*\*|__)(?=\s|$)`);
// A bracketed aside may follow the word ("OBJECTIVE" over "(CF 03/11/25)", joined as one line; "Plan (discussed with pt)").
const bareRe = new RegExp(String.raw`^(\*\*|__|\*|_)?[ \t]*([${L}][${L} /&]{0,30}?)(?:[ \t]*(\*\*|__|\*|_))?[ \t]*(?:\([^()\n]{0,40}\)[ \t]*)?(?::[ \t]*)?$`);

export interface LabelMatch {
  kind: SoapKind;
  length: number;
  /** The further parts of a combined label ("A/P"). */
  also?: SoapKind[];
}

const withAlso = (kinds: SoapKind[]) => (kinds.length > 1 ? { also: kinds.slice(1) } : {});

/**
 * A coded heading in square brackets, as NHS record systems print them ("[History]", "[O/E] Cx rot L 50",
 * "[Procedure]", "[Acupuncture protocol - MSK template]", its dash also an en or em dash): the section it names, or another section, which ends the one before as a heading would.
 * Never a single letter ("[x]" is a tick box).
 */
const bracketLabelRe = new RegExp(String.raw`^[ \t]*\[([${L}][${L} /&–—-]{1,40}?)\][ \t]*:?(?=\s|$)`);
function bracketLabel(text: string): { kinds?: SoapKind[]; length: number; alone: boolean } | undefined {
  const m = bracketLabelRe.exec(text);
  return m ? { kinds: kindsOf(m[1].trim(), false), length: m[0].length, alone: !text.slice(m[0].length).trim() } : undefined;
}

/** Recognises a SOAP label at the start of a line of text. */
export function matchLabel(text: string): LabelMatch | undefined {
  const m = labelRe.exec(text);
  // "S) …", "A) …" are labels; "a) return to running" opens an enumerated list.
  if (m && !(enumeratedRe.test(m[0]) && /^[a-z]$/.test(m[2]))) {
    const kinds = kindsOf(m[2], true);
    if (kinds) return { kind: kinds[0], length: m[0].length, ...withAlso(kinds) };
  }
  // "**Subjective.** 52M, boat builder …": a word processor's bold run-in label, ended by a full stop inside the bold.
  const stop = boldStopRe.exec(text);
  if (stop) {
    const kinds = kindsOf(stop[2], false);
    if (kinds) return { kind: kinds[0], length: stop[0].length, ...withAlso(kinds) };
  }
  const bare = bareRe.exec(text);
  if (bare) {
    const kinds = kindsOf(bare[2], false);
    if (kinds) return { kind: kinds[0], length: bare[0].length, ...withAlso(kinds) };
  }
  return undefined;
}

/** A heading's number in an EMR's numbered template: "## 1. Subjective", "### 3) Assessment", "## II. Objective", "## 4 – Plan". */
const headingNumberRe = /^(?:\d{1,2}|[IVX]{1,4})(?:[.)]|\s*[-–—])\s+/;

function headingKinds(text: string): SoapKind[] | undefined {
  const inner = headingText(text).replace(/[*_`]/g, '').replace(/[:.]\s*$/, '').trim().replace(headingNumberRe, '');
  const direct = kindsOf(inner, true);
  if (direct) return direct;
  const k = headingKind(inner);
  return k ? [k] : undefined;
}

function headingKind(inner: string): SoapKind | undefined {
  // "S – Subjective", "Subjective (patient report)"
  const lead = inner.match(/^([A-Za-z]+)(?:\s*[-–—:(]|\s+\(|$)/);
  if (lead) {
    const k = kindOf(lead[1], false);
    if (k) return k;
    if (lead[1].length === 1) {
      const rest = inner.slice(1).replace(/^\s*[-–—:]\s*/, '');
      const k2 = kindOf(rest.split(/\s|\(/)[0], false);
      if (k2 && k2 === kindOf(lead[1], true)) return k2;
      // "## S: What you told us", "## P: The plan": the letter with its colon is the label, the words after it a title for the patient.
      if (/^[A-Za-z]\s*:/.test(inner)) return kindOf(lead[1], true);
    }
  }
  return undefined;
}

/** A section's letter alone on its line, in capitals ("S", "**O**"). */
const letterAloneRe = /^(\*\*|__)?[ \t]*([SOAP])[ \t]*(\*\*|__)?[ \t]*$/;
const letterAloneLabel = (text: string): LabelMatch | undefined => {
  const m = letterAloneRe.exec(text);
  const kind = m ? kindOf(m[2], true) : undefined;
  return kind ? { kind, length: m![0].length } : undefined;
};
/**
 * A letter alone is a word as often as a label ("A" in a list of choices), so it is read as one only in a note that writes
 * two or more of them so, in the SOAP order.
 */
function lettersAloneAsLabels(units: readonly Unit[]): boolean {
  let last = -1;
  let count = 0;
  for (const u of units) {
    const m = u.kind === 'line' ? letterAloneRe.exec(u.text) : null;
    if (!m) continue;
    const at = 'SOAP'.indexOf(m[2]);
    if (at <= last) return false;
    last = at;
    count++;
  }
  return count >= 2;
}

/** Finds sections and stamps each unit with the index of the section it belongs to. */
export function findSections(units: Unit[]): Section[] {
  const sections: Section[] = [];
  const todayAfterReasoning = new TodayAfterReasoning(units);
  let current = -1;
  // The note names its sections with bare words on their own lines ("Subjective", "Plan").
  let bareLabels = false;
  // The note writes its labels as lower-case letters ("s: …"), so its dense lines do after a full stop too ("… o: windlass +").
  let lowerLetterLabels = false;
  // The note writes its sections' letters alone on their lines ("S" over the history, "O" over the exam).
  const lettersAlone = lettersAloneAsLabels(units);
  // A label on a lazy line of a bullet: with a colon or dash, in capitals, or a bare word in a note written so ("- R TFL — LTR x1" then "Plan", or "**Plan**").
  const lazyLabel = (text: string) => labelRe.test(text) || capsHeadingRe.test(text) || (bareLabels && /^[*_]*[A-Z]/.test(text) && bareRe.test(text));
  const open = (s: Section) => {
    if (current >= 0) sections[current].endUnit = s.firstUnit;
    sections.push(s);
    current = sections.length - 1;
  };
  for (let i = 0; i < units.length; i++) {
    const u = units[i];
    // The line opens a section with its own label ("Subjective: …"), so one more after a comma marks a second.
    let labelOpensLine = false;
    if (u.kind === 'heading') {
      const kinds = headingKinds(u.text);
      const kind = kinds?.[0];
      const cur = current >= 0 ? sections[current] : undefined;
      if (kind) {
        open({ kind, ...withAlso(kinds!), label: u.text, labelStart: u.start, labelEnd: u.start + u.text.length, bodyStart: u.start + u.text.length, depth: u.depth, firstUnit: i, endUnit: units.length });
      } else if (cur && (cur.depth === 0 || u.depth <= cur.depth || todayAfterReasoning.opensToday(cur, i))) {
        // A sibling heading such as "## Billing" ends a heading-led SOAP section, and any heading ends a
        // section opened by a label ("A: …" then "## Treatment").
        open({ kind: 'other', label: u.text, labelStart: u.start, labelEnd: u.start + u.text.length, bodyStart: u.start + u.text.length, depth: u.depth, firstUnit: i, endUnit: units.length });
      }
    } else if (u.kind !== 'row') {
      // A label typed on the line after a bullet, with no blank line between, is read by Markdown as
      // part of that bullet ("- L soleus 0.30x50" then "A: improving"); it still starts a section
      // when written with a colon or dash.
      // … or as a section name in capitals alone on its line ("- digastric 0.25x25" then "ASSESSMENT").
      // … or, in a note that names its sections with bare words, as that word alone (lazyLabel).
      // … and a coded heading in brackets that names its section, also typed on under a bullet ("- … 2 in/2 out" then "[Plan] HEP …").
      const bracket = bracketLabel(u.text);
      const bracketOpens = bracket && (bracket.kinds || ((bracket.alone || u.first || u.kind === 'line') && current >= 0));
      const m = bracketOpens ? undefined : u.first || u.kind === 'line' ? matchLabel(u.text) ?? (lettersAlone ? letterAloneLabel(u.text) : undefined)
        : matchLabel(u.text) && lazyLabel(u.text) ? matchLabel(u.text) : undefined;
      if (m && u.kind === 'line' && !labelRe.test(u.text) && bareRe.test(u.text)) bareLabels = true;
      if (m && lowerLetterLabelRe.test(u.text)) lowerLetterLabels = true;
      if (bracketOpens) {
        const label = u.text.slice(0, bracket.length).trim();
        const kinds = bracket.kinds;
        const labelEnd = u.start + label.length;
        open({ kind: kinds?.[0] ?? 'other', ...(kinds ? withAlso(kinds) : {}), label, labelStart: u.start, labelEnd, bodyStart: u.start + bracket.length, depth: 0, firstUnit: i, endUnit: units.length });
      } else if (m) {
        labelOpensLine = true;
        const labelText = u.text.slice(0, m.length).trimEnd();
        open({ kind: m.kind, ...(m.also ? { also: m.also } : {}), label: labelText, labelStart: u.start, labelEnd: u.start + labelText.length, bodyStart: u.start + m.length, depth: 0, firstUnit: i, endUnit: units.length });
      } else if ((u.kind === 'line' || (u.kind === 'item' && !u.first)) && current >= 0 && sections[current].depth === 0) {
        // A lazy line under a bullet ("- Palp: …" then "A: …" then "Tx:") ends the section as its own line would.
        const label = labelEndingSection(u.text, sections[current].kind, planWrittenInline(units, sections[current], u));
        if (label) open({ kind: 'other', label, labelStart: u.start, labelEnd: u.start + label.length, bodyStart: u.start + label.length, depth: 0, firstUnit: i, endUnit: units.length });
        else if (todayAfterReasoning.opensToday(sections[current], i)) open(treatmentAfterReasoning(u, i, units.length));
      } else if ((u.kind === 'line' || u.kind === 'item') && current >= 0 && todayAfterReasoning.opensToday(sections[current], i)) {
        open(treatmentAfterReasoning(u, i, units.length));
      }
    }
    u.section = current;
    // Dense notes put the next label after a full stop on the same line: "A: improving. P: continue."
    if (u.kind === 'line' || u.kind === 'item') {
      const found = [...execAll(midLabelRe, u.text), ...(lowerLetterLabels ? execAll(midLowerLetterLabelRe, u.text) : []), ...commaLabels(u.text, labelOpensLine)]
        .sort((a, b) => a.index - b.index);
      const mids = found.flatMap((mid) => {
        const kinds = labelKinds(mid[2]);
        return kinds ? [{ at: mid.index + mid[1].length, label: mid[0].slice(mid[1].length).trimEnd(), kinds }] : [];
      });
      // As a lead-in on a line of its own, one mid-line ends only a section opened by a label, not by a heading.
      const cur = current >= 0 ? sections[current] : undefined;
      const inReasoning = cur?.depth === 0 && (cur.kind === 'objective' || cur.kind === 'assessment');
      for (const mid of withLeadInsAfterReasoning(u.text, mids, inReasoning)) {
        // "A: … DN sitting, forearm supported: R ECRB …": a needling lead-in after the exam or the
        // assessment, in a note dictated as one paragraph, ends it as it would on a line of its own.
        const label = mid.kinds ? mid.label : current >= 0 ? labelEndingSection(mid.label, sections[current].kind) : undefined;
        if (!label) continue;
        const at = u.start + mid.at;
        const kind = mid.kinds ? { kind: mid.kinds[0], ...withAlso(mid.kinds) } : { kind: 'other' as const };
        open({ ...kind, label, labelStart: at, labelEnd: at + label.length, bodyStart: at + label.length, depth: 0, firstUnit: i + 1, endUnit: units.length });
        (u.midSections ??= []).push({ at: mid.at, section: current });
      }
    }
  }
  return sections;
}

/**
 * The label of a line that ends a section opened by a label: a line in capitals alone ("CONSENT", "TREATMENT (pt
 * keen to start today)") as another heading would, or a treatment label, title or needling lead-in
 * ("Tx: DN R QL…", "**Treatment**", "DN (prone, 0.30x60):") after the exam or the assessment.
 */
function labelEndingSection(text: string, current: Section['kind'], inlinePlanDone = false): string | undefined {
  if (capsHeadingRe.test(text)) return text.trim();
  if (current === 'subjective') return treatmentAfterHistory(text);
  if (current !== 'objective' && current !== 'assessment' && !inlinePlanDone) return undefined;
  return treatmentLabel(text);
}

/** A treatment title alone on its line, or the needling lead-in or treatment label that opens it. */
function treatmentLabel(text: string): string | undefined {
  if (treatmentSectionTitleRe.test(text)) return text.trim();
  return (needlingLeadInLineRe.exec(text) ?? treatmentSectionLabelRe.exec(text))?.[0].trimEnd();
}

/**
 * "Hx: …" then "Rx: DN side-lying (R side down), 0.25x40mm:" with no exam label between: the
 * clinician's treatment, not the patient's report. A label with a needling word ends the history
 * only with a dose on its line ("DN screen: no needle phobia" is history).
 */
function treatmentAfterHistory(text: string): string | undefined {
  if (!treatmentSectionTitleRe.test(text)) {
    const general = generalTreatmentLabelRe.exec(text);
    if (general) return general[0].trimEnd();
    if (!hasDose(text)) return undefined;
  }
  return treatmentLabel(text);
}

// Today's treatment after a Plan or an Assessment, labelled by the words that open it ("Dry needling:", "DN").
function treatmentAfterReasoning(u: Unit, i: number, unitCount: number): Section {
  const label = labelEndingSection(u.text, 'objective') ?? needlingHeadingLineRe.exec(u.text)?.[0].trimEnd() ?? '';
  return { kind: 'other', label, labelStart: u.start, labelEnd: u.start + label.length, bodyStart: u.start + label.length, depth: 0, firstUnit: i, endUnit: unitCount };
}

/** A line in capitals alone, as a section title: "TREATMENT", "BILLING:", "PLAN OF CARE (wk 2)". */
const capsHeadingRe = /^[*_]*\p{Lu}{3,}(?:[ /&-]+\p{Lu}{2,}){0,4}[*_]*(?::[*_]*)?(?:\s*\([^)]*\))?\s*$/u;

// Only the four letters and the full section words, bold or not, with a colon, after ". " or "; ".
// A number after "P:" is a vital sign ("BP 120/80; P: 72"), not a section, unless it is how often
// the patient will be seen ("P: 1x/wk x2 more"); after the other labels it is the text ("… 2025. S: 24F, …").
// After a full stop only the letters and the section names written out count, capitalised ("A:", "Plan:",
// "Examination:", "Management:"): an abbreviation ("… Hx: …") mid-line is too often prose.
const titleOf = (k: string) => k[0].toUpperCase() + k.slice(1);
const WRITTEN_OUT_NAMES = new Set([...SOAP_KINDS, ...SOAP_KINDS.flatMap((k) => SECTION_NAMES[k].filter((n) => n.length >= 5 && /^[a-z ]+$/.test(n)))]);
// Longest first, so "Plan of care" is read whole rather than as "Plan". A note printed in capitals
// writes them so too ("… IMPROVING. PLAN: …").
const writtenOut = [...WRITTEN_OUT_NAMES].sort((a, b) => b.length - a.length).map(titleOf);
export const MID_LINE_LABELS: readonly string[] = [
  ...SOAP_KINDS.map((k) => titleOf(k)[0]), 'A/P', 'Assessment/Plan', 'ASSESSMENT/PLAN', ...writtenOut.flatMap((n) => [n, n.toUpperCase()]),
];
const MID_LABEL_END = String.raw`(?:\*\*|__)?:(?:\*\*|__)?(?=\s+(?:[^\d\s]|\d(?:\s*-\s*\d)?\s*[xX×]\s*(?:\/\s*)?(?:[wW][kK]|[wW][eE][eE][kK]|[dD]\b|[dD][aA][yY]|[mM][oO])|(?<![Pp](?:\*\*|__)?:(?:\*\*|__)?\s+)\d))`;
const midLabelRe = new RegExp(String.raw`([.;]\s+)(?:\*\*|__)?(${MID_LINE_LABELS.join('|')})${MID_LABEL_END}`, 'g');
// "…, S: pain 4/10, …, O - rotation R 60 deg, …, Assessment: …, P: f/u 1 wk", "…, on examination: …, impression: …, plan: …": a
// paragraph dictated without full stops marks its sections after commas, with a colon or a spaced dash, by letter or by any of
// their names in any case (not the two-letter ones: "cc:" there is a copy to someone).
const COMMA_LABEL_NAMES = [...SOAP_KINDS.flatMap((k) => SECTION_NAMES[k].filter((n) => n.length === 1 || n.length >= 3)), 'A/P', 'assessment/plan'];
// … also with the possessive a dictating clinician puts before one ("…, my impression - …").
const commaLabelRe = new RegExp(String.raw`(,\s+)(?:\*\*|__)?((?:(?:[mM][yY]|[oO][uU][rR])\s+)?(?:${alternation(COMMA_LABEL_NAMES)}))(?:${MID_LABEL_END}|\s+[-–—](?=\s))`, 'g');
/**
 * The labels after commas, read only on a line that marks two sections or more: after commas, or one written out after a
 * comma on a line that opens with its own label ("Subjective: …, on examination: …"). A lone ", P: 72" or ", A: 3/5" stays prose.
 */
function commaLabels(text: string, opensWithLabel: boolean): RegExpExecArray[] {
  if (!text.includes(', ')) return [];
  const found = execAll(commaLabelRe, text);
  const kinds = new Set(found.map((m) => labelKinds(m[2])?.[0])).size;
  return kinds >= 2 || (kinds === 1 && opensWithLabel && found.some((m) => m[2].length > 1)) ? found : [];
}
// "s: heel pain 3/10. o: windlass +. a: improving.": the letters in lower case, read only in a note that opens its lines so.
const LOWER_LETTERS = SOAP_KINDS.map((k) => k[0]);
const lowerLetterLabelRe = new RegExp(String.raw`^[\s*_]*(?:${LOWER_LETTERS.join('|')})\s*:`);
const midLowerLetterLabelRe = new RegExp(String.raw`([.;]\s+)(?:\*\*|__)?(${LOWER_LETTERS.join('|')})${MID_LABEL_END}`, 'g');

type MidLabel = { at: number; label: string; kinds?: SoapKind[] };

/**
 * The sentences after a line's first mid-line label, in order with its labels: each may open today's
 * treatment. A line read in the exam or the assessment is scanned from its second sentence, whatever
 * it opens with ("A: L gluteal pain." then "Consent: … DN prone: L glutes …" on the next line).
 */
function withLeadInsAfterReasoning(text: string, mids: MidLabel[], inReasoning: boolean): MidLabel[] {
  const from = inReasoning && needlingHeadingRe.test(text) ? 0 : mids.length ? mids[0].at : -1;
  if (from < 0) return mids;
  const labelled = new Set(mids.map((m) => m.at));
  const sentences: MidLabel[] = [];
  for (const span of clauseSpans(text)) {
    const at = span.start + (/^\s*/.exec(text.slice(span.start, span.end))?.[0].length ?? 0);
    if (at > from && !labelled.has(at)) sentences.push({ at, label: text.slice(at, span.end) });
  }
  return [...mids, ...sentences].sort((a, b) => a.at - b.at);
}

function labelKinds(word: string): SoapKind[] | undefined {
  const m = matchLabel(word + ':');
  return m ? [m.kind, ...(m.also ?? [])] : undefined;
}
