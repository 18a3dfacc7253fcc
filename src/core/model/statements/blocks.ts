// Where a statement's text is: its line with the lines under its heading or bullet, a table row
// read as "label: value", or the list right under a bare label.
import { consentLabelOnlyRe } from '../../lexicon/consent';
import {
  BOX_CHARACTERS, BRACKET_BOX_MARKS, CROSS_CHARACTERS, detailLabelRe, endsWithColon, fieldAnsweredNoRe, needlingHeadingLineRe, PROMPT_FIELD, SMARTLIST_FIELD, SNIPPET_FIELD,
  TEMPLATE_FIELD, TICK_BOX, WILDCARD_FIELD,
} from '../../lexicon/labels';
import { needlingTermRe } from '../../lexicon/needling';
import { doneRe } from '../../lexicon/status';
import { findNeedles } from '../tokens';
import { itemFollows, type Unit } from '../units';
import { execAll } from '../../util/matches';

/** Table rows read as "label: values", so "| Consent | declined |" reads like "Consent: declined". */
export function rowText(u: Unit, word: RegExp): string {
  if (u.kind !== 'row') return u.text;
  const cells = u.cells!;
  const label = cells.findIndex((c) => word.test(c.text));
  if (label < 0) return cells.map((c) => `${c.column}: ${c.text}`).join('; ');
  const rest = cells.filter((_, i) => i !== label).map((c) => c.text.trim()).filter(Boolean);
  return `${cells[label].text.trim()}: ${rest.join(', ')}`;
}

/**
 * Where a label is looked for: a line's first 200 characters. A label is short, and label patterns hold runs of spaces
 * that may stand next to each other, which on a whole line were quadratic in a long run of spaces.
 */
export const labelHead = (text: string): string => text.slice(0, 200);
/** The same aside, to take out of a label before it is read. */
// Tried only where a run of spaces starts, so a long run of spaces is not rescanned from each of its positions.
export const labelAsideRe = /(?<!\s)\s*\([^()\n]{1,40}\)(?=[\s*_]*:)/;

/** A mark a form leaves in a field nobody filled, anywhere in the text: "___", "[ ]", "☐", "‹…›", "***". */
export const blankMarkRe = new RegExp(String.raw`_{2,}|\[\s?\]|☐|‹[^›\r\n]{0,80}›|${WILDCARD_FIELD}|${TEMPLATE_FIELD}|${SNIPPET_FIELD}|${SMARTLIST_FIELD}|${PROMPT_FIELD}`);

export const startsLabel = /^[*_]*[A-Za-z][\w /&().'-]{0,40}?[*_]*\s*(?::|[-–—]\s)/;

// A line's statement runs on over at most this many lines of its paragraph or sub-items: a run-on
// paragraph where every line states something is then read in time linear in its length.
const MAX_LINES_RUN_ON = 60;

/** Lines under a heading, or the continuation lines and sub-items of a bullet, belong to it. */
export function blockText(units: readonly Unit[], i: number, match: (heading: string) => boolean): string {
  const u = units[i];
  const parts = [u.text];
  for (let j = i + 1; j < units.length; j++) {
    const v = units[j];
    if (u.kind === 'heading') {
      if (v.kind === 'heading' && v.depth <= u.depth) break;
      // A SOAP section opened by a label under it ("**Assessment**", "Plan:") is not the heading's either.
      if (v.section !== u.section && u.section >= 0) break;
      if (!match(v.heading) && v.kind !== 'heading') break;
    } else {
      if (v.block !== u.block && v.parentItem !== u.block) break;
      if (j - i > MAX_LINES_RUN_ON) break;
      // Notes often run label lines together in one paragraph: "Consent: …" then "Screen: …".
      if (v.block === u.block && startsLabel.test(v.text)) break;
    }
    parts.push(v.text);
  }
  return parts.join('\n');
}

/**
 * A dense line holds several sections ("Subjective: … no breathing issues. … Treatment: verbal consent
 * …"): a statement on it speaks within its own section only, so the patient's answer to a screen is
 * not what the consent discussed. `at` is where the statement's word sits in the line.
 */
export function withinOwnSection(u: Unit, body: string, at: number): string {
  if (!u.midSections?.length || at < 0) return body;
  let start = 0;
  for (const mid of u.midSections) {
    if (mid.at > at) return u.text.slice(start, mid.at);
    start = mid.at;
  }
  return u.text.slice(start) + body.slice(u.text.length);
}

/** A lead-in ("DN prone, 0.30x75 mm:") or a needling line that is not a field with its answer ("DN R piriformis LTR x2"). */
// A field of the needling itself ("- Position: prone", "- Technique: pistoning") is the treatment's, not an answer.
const treatmentOpens = (t: string) => endsWithColon(t) || detailLabelRe.test(t) || (needlingHeadingLineRe.test(t) && !startsLabel.test(t));

/** The line under a label goes on its paragraph or item (no new bullet): what is typed there is typed after the label. */
export const typedOnUnder = (units: readonly Unit[], i: number) => i + 1 < units.length && units[i + 1].block === units[i].block && !units[i + 1].first;

/** A line that opens a label, a lead-in ("Dry needling (prone):") or a needling line of its own: no label's value above it. */
export const opensOwnStatement = (t: string) => startsLabel.test(t) || endsWithColon(t) || needlingHeadingLineRe.test(t);

/** A field that records the needling as done ("Dry needling performed: Yes", "Muscles needled: …"): the treatment's, never another field's answer. */
function recordsNeedlingDone(t: string): boolean {
  const label = startsLabel.exec(t)?.[0];
  return label !== undefined && doneRe.test(label) && needlingTermRe.test(label);
}

const boldLineRe = /^\s*(\*\*|__)[^*_\n]+\1\s*$/;

/** "Consent:" or "**Aftercare:**" alone on a line, with its answer in the list just below it or on the next lines of its paragraph. */
export function answerUnderLabel(units: readonly Unit[], i: number, statementWord?: RegExp): string | undefined {
  const u = units[i];
  const next = units[i + 1];
  // "**Consent:**" ends in a label, and so does a line made bold whole over the rest of its paragraph ("**Consent**" then
  // "risks recapped, happy to carry on"; over a list, the items say what they are); "Consent: ___" is a blank field, not a label over the list after it.
  if (!next || (!/:(?:\*\*|__|\*|_)?\s*$/.test(u.text) && !(boldLineRe.test(u.text) && next.block === u.block))) return undefined;
  if (u.kind === 'row' || next.line > u.lastLine + 2) return undefined;
  const parts: string[] = [];
  // … unless it speaks of what the label asks ("Consent:" over "DN explained, written consent signed today" or
  // "Dry needling - verbal today, written on file"); a lead-in ending in a colon is the treatment still.
  const ownStatement = (t: string) => opensOwnStatement(t) && (endsWithColon(t) || !statementWord?.test(t) || recordsNeedlingDone(t));
  if (next.kind === 'item') {
    // "- Dry needling: ___" then "Tx: DN prone …" typed on without a blank line: the list's last item runs on
    // into the treatment (a lazy continuation); the item's own later lines that open a statement are not its answer.
    for (let j = i + 1; j < units.length && units[j].kind === 'item' && units[j].topStart === next.topStart; j++) {
      if (!units[j].first && ownStatement(units[j].text)) break;
      // "- Consent obtained:" then "- DN prone, 0.30x75 mm:": an item label's answer is its own sub-items and the
      // fields after it ("- Dry needling: verbal"); the next item that leads in or needles opens the treatment.
      if (u.kind === 'item' && units[j].first && units[j].depth <= u.depth && treatmentOpens(units[j].text)) break;
      // "- Consent obtained:" then "- Screen: no anticoagulants …": a sibling that neither speaks of what the label asks
      // nor names the needling is a field of its own, not the label's answer.
      if (u.kind === 'item' && units[j].first && units[j].depth <= u.depth && statementWord && !statementWord.test(units[j].text) && !needlingTermRe.test(units[j].text)) break;
      // "- Consent:" then "- Time-out: … site and laterality confirmed": a sibling with a label of its own that names nothing the
      // label asks is the form's next field, whatever its value says.
      const siblingLabel = u.kind === 'item' && units[j].first && units[j].depth <= u.depth ? startsLabel.exec(units[j].text)?.[0] : undefined;
      if (siblingLabel && statementWord && !statementWord.test(siblingLabel) && !needlingTermRe.test(siblingLabel)) break;
      // "Consent:" then a blank line and "- R infraspinatus: 0.30x40 mm, LTR x3": an item recording a needle, and saying nothing of
      // what the label asks, is the treatment, and the label a field left empty.
      if (units[j].first && statementWord && !statementWord.test(units[j].text) && findNeedles(units[j].text).length > 0) break;
      parts.push(units[j].text);
    }
  } else {
    // "Consent:" then "verbal, risks explained" in the same paragraph: the value typed on the next line.
    for (let j = i + 1; j < units.length && units[j].block === u.block && !ownStatement(units[j].text); j++) parts.push(units[j].text);
  }
  return parts.length ? parts.join('\n') : undefined;
}

// ---------------------------------------------------------------------------------------------
// Tick boxes: "☐ Yes ☒ No", "[x] Consent obtained", "- [ ] Verbal consent".

export interface Ticks {
  /** Boxes in the text. */
  boxes: number;
  /** The words right after each ticked box. */
  ticked: string[];
}

// A box, its mark, and up to four words after it (up to the next box or a separator).
const MARKS = BOX_CHARACTERS + CROSS_CHARACTERS;
const boxRe = new RegExp(`(?:\\[([${BRACKET_BOX_MARKS}])\\]|([${MARKS}]))\\s*([^\\s[${MARKS}|,;]*(?:\\s+[^\\s[${MARKS}|,;]+){0,3})`, 'gu');

// An unticked box and the words it offers, up to the next box or a separator.
const untickedRe = new RegExp(`(?:\\[ \\]|☐)[^[${MARKS}\\n;|]*`, 'gu');

/**
 * "[ ] Written DN consent signed [x] DN consent form reviewed with pt today": with a box ticked beside it, what an
 * unticked box offers was not chosen, so its words are taken out. Text with no ticked box is kept (a blank form).
 */
export function withoutUnticked(text: string): string {
  const t = ticksIn(text);
  return t.boxes > 1 && t.ticked.length ? text.replace(untickedRe, ' ') : text;
}

/** The text without its lines that are a form's question answered no ("- Pneumothorax risk discussed: [N]"): they state nothing done. */
export function withoutAnsweredNo(text: string): string {
  if (!text.includes(':')) return text;
  return text.split('\n').filter((line) => !fieldAnsweredNoRe.test(line.trim())).join('\n');
}

/**
 * "[ ] Verbal  [ ] Written - consent form given today, pt to sign and return": the words written after the last
 * unticked box's option and a spaced dash or colon; undefined if there are none.
 */
export function writtenAfterBoxes(text: string): string | undefined {
  let last = -1;
  for (const m of execAll(untickedRe, text)) last = m.index!;
  if (last < 0) return undefined;
  return /^[^\n]*?\s[-–—:]\s+(\S.*)$/.exec(text.slice(last + 1))?.[1];
}

// A line opened by a box: "✓ DN consent form given today, pt to sign + return next visit".
const leadingBoxRe = new RegExp(`^[\\s>*_-]*(?:${TICK_BOX})\\s*(?=\\S)`, 'u');

/**
 * What a checklist line says after its one ticked box: the tick marks the line done, so its own words say what
 * was done. Undefined when the line has another box, or its box is not first.
 */
export function afterLoneTick(text: string): string | undefined {
  const m = leadingBoxRe.exec(text);
  const t = m && ticksIn(text);
  return t && t.boxes === 1 && t.ticked.length === 1 ? text.slice(m[0].length) : undefined;
}

/**
 * A checklist item nobody ticked: a line opened by its only box, left empty ("- [ ] Written DN consent on file;
 * verbal re-confirmation today", "- [ ] Needling performed today"). Its words are the item's label, so it states nothing.
 */
export function untickedItem(text: string): boolean {
  const t = leadingBoxRe.test(text) ? ticksIn(text) : undefined;
  return Boolean(t && t.boxes === 1 && !t.ticked.length);
}

/** The boxes of a line and what the ticked ones say. A ✓, ✔ or ✅ alone (no box) counts as a ticked box, a cross as a "no". */
export function ticksIn(text: string): Ticks {
  const out: Ticks = { boxes: 0, ticked: [] };
  for (const m of execAll(boxRe, text)) {
    out.boxes++;
    const mark = m[1] ?? m[2];
    if (mark === ' ' || mark === '☐') continue;
    if (CROSS_CHARACTERS.includes(mark)) out.ticked.push('no');
    else out.ticked.push(m[3] ?? '');
  }
  return out;
}

// The first and last item of each unit's list (consecutive items, tight or loose), worked out once
// per note so a long checklist is not walked again for each of its items.
const listBounds = new WeakMap<readonly Unit[], { first: Int32Array; last: Int32Array }>();
function boundsOf(units: readonly Unit[]): { first: Int32Array; last: Int32Array } {
  let b = listBounds.get(units);
  if (!b) {
    const inList = (a: number, c: number) => itemFollows(units[a], units[c]);
    const first = new Int32Array(units.length);
    const last = new Int32Array(units.length);
    for (let k = 0; k < units.length; k++) first[k] = k > 0 && inList(k - 1, k) ? first[k - 1] : k;
    for (let k = units.length - 1; k >= 0; k--) last[k] = k + 1 < units.length && inList(k, k + 1) ? last[k + 1] : k;
    b = { first, last };
    listBounds.set(units, b);
  }
  return b;
}

// The first unit of each unit's block, worked out once per note: a long table's rows do not each walk back to its top.
const blockStartsOf = new WeakMap<readonly Unit[], Int32Array>();
function blockStarts(units: readonly Unit[]): Int32Array {
  let starts = blockStartsOf.get(units);
  if (!starts) {
    starts = new Int32Array(units.length);
    for (let k = 0; k < units.length; k++) starts[k] = k > 0 && units[k - 1].block === units[k].block ? starts[k - 1] : k;
    blockStartsOf.set(units, starts);
  }
  return starts;
}

/**
 * A table row written under a consent label, right under it or after one blank line ("**Consent:**" over
 * "| Risks reviewed today: soreness, bruising | Yes |"): the table is the consent form, as under a consent heading.
 */
export function rowUnderConsentLabel(units: readonly Unit[], i: number): boolean {
  if (units[i].kind !== 'row') return false;
  const above = units[blockStarts(units)[i] - 1];
  if (!above || above.kind !== 'line') return false;
  // Between the label's end and the table's first line: one or two line breaks ("\n", "\r\n", "\n\n", "\r\n\r\n").
  const gap = units[i].topStart - (above.start + above.text.length);
  return gap > 0 && gap <= 4 && consentLabelOnlyRe.test(above.text);
}

/**
 * The list an item belongs to, when it is written right under a consent label ("**Consent checklist**"
 * over "- [x] Written consent on file", "- [x] Risks reviewed: soreness, bruising, PTX"): its items' indexes, first to last.
 */
export function consentListOf(units: readonly Unit[], i: number): { first: number; last: number } | undefined {
  if (units[i].kind !== 'item') return undefined;
  const { first: firsts, last: lasts } = boundsOf(units);
  const first = firsts[i];
  const above = units[first - 1];
  // Right above the list, or with one blank line between, as an email's double spacing or a loose layout leaves it.
  if (!above || above.kind !== 'line' || above.lastLine < units[first].line - 2 || !consentLabelOnlyRe.test(above.text)) return undefined;
  return { first, last: lasts[i] };
}
