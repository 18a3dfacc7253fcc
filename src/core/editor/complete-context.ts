// Works out what the clinician is typing at a cursor from the text around it: only the current
// line and a bounded look above it are read, so this stays cheap on a long note.
//
// Muscles are offered only where a needled muscle is written: a needling list item, a needling
// table's muscle cell, or a needling line after its side or needling word; never in Subjective,
// Assessment or Plan prose. On a record line the chain goes side → muscle → needle → technique →
// response, through ":", ",", ";" and dashes. Nothing is offered before anything is typed.
import { needleTechniqueRe, needlingHeadingRe, needlingTermRe } from '../lexicon/needling';
import { columnKind, NEEDLING_COLUMN_KINDS } from '../lexicon/columns';
import { referralRe, toleranceRe } from '../lexicon/responses';
import { SIDE_SOURCE } from '../lexicon/sides';
import { matchLabel, MID_LINE_LABELS } from '../model/sections';
import { matchMuscles } from './complete-muscles';
import { findNeedles, findSides, findTechniques, findTwitches } from '../model/tokens';
import type { Vocabulary } from '../vocab';

export type CompletionContextKind =
  | 'muscle' | 'side' | 'needle' | 'technique' | 'response' | 'cpt' | 'icd' | 'front-matter-key' | 'none';

export interface CompletionContext {
  kind: CompletionContextKind;
  /** What is being typed: [replaceStart, replaceEnd) of the document (for muscles, possibly several words). */
  replaceStart: number;
  replaceEnd: number;
  /** The text typed so far in that range, up to the cursor. */
  word: string;
}

const billingWords = /\b(?:cpt|billing|billed|bill|charges?|hcpcs)\b/gi;
const dxWords = /\b(?:icd(?:-?10)?(?:-cm)?|dx|diagnos[ie]s|diag)\b/gi;
const listMarkerRe = /^\s*(?:[-*+•]|\d{1,2}[.)])\s+(?:\[[ xX]\]\s+)?/;
/** How far above the cursor a lead-in, heading or section label is looked for. */
const LOOK_BACK_LINES = 300;

function lineStartOf(text: string, offset: number): number {
  return Math.max(text.lastIndexOf('\n', offset - 1), text.lastIndexOf('\r', offset - 1)) + 1;
}

function lineEndOf(text: string, offset: number): number {
  let i = offset;
  while (i < text.length && text[i] !== '\n' && text[i] !== '\r') i++;
  return i;
}

/** Lines above `start`, nearest first, at most `limit`. */
function* linesAbove(text: string, start: number, limit = LOOK_BACK_LINES): Generator<string> {
  let end = start;
  for (let n = 0; n < limit && end > 0; n++) {
    let e = end - 1;
    if (text[e] === '\n' && text[e - 1] === '\r') e--;
    const s = lineStartOf(text, e);
    yield text.slice(s, e);
    end = s;
  }
}

function inFrontMatter(text: string, offset: number): boolean {
  const open = /^\uFEFF?---[ \t]*\r?\n/.exec(text);
  if (!open) return false;
  const m = /^(?:---|\.\.\.)[ \t]*$/m.exec(text.slice(open[0].length));
  const end = m ? open[0].length + m.index : text.length;
  return offset >= open[0].length && offset <= end;
}

/** The header text of the column a table row's cursor is in, or undefined when not in a table body row. */
function tableColumn(text: string, lineStart: number, offset: number): { column: string; header: string[]; rows: string[] } | undefined {
  const line = text.slice(lineStart, offset);
  if (!/^\s*\|/.test(line)) return undefined;
  const rows: string[] = [];
  for (const l of linesAbove(text, lineStart, 500)) {
    if (!/^\s*\|/.test(l)) break;
    rows.push(l);
  }
  // Above the cursor: …rows, separator, header. A cursor in the header or separator gets nothing.
  if (rows.length < 2 || !/^\s*\|?[\s:|-]+$/.test(rows[rows.length - 2])) return undefined;
  const header = rows[rows.length - 1].replace(/^\s*\|/, '').split(/(?<!\\)\|/).map((c) => c.replace(/[*_`]/g, '').trim());
  const index = (line.replace(/^\s*\|/, '').match(/(?<!\\)\|/g) ?? []).length;
  return { column: header[index] ?? '', header, rows: [...rows.slice(0, -2), rows[rows.length - 1]] };
}

/** A SOAP label at the line's start or after a full stop ("… 6/10. O: …"). */
const midLabelAnywhereRe = new RegExp(String.raw`(?:^|[.;]\s+)(?:\*\*)?(${MID_LINE_LABELS.join('|')})(?:\*\*)?:`, 'g');

/** The SOAP section the cursor is in, from the nearest heading or label above (or earlier on the line). */
function sectionAt(text: string, lineStart: number, before: string): string {
  const mid = [...before.matchAll(midLabelAnywhereRe)].pop();
  if (mid) return matchLabel(mid[1] + ':')?.kind ?? 'other';
  const own = matchLabel(before);
  if (own) return own.kind;
  for (const l of linesAbove(text, lineStart)) {
    const heading = /^\s{0,3}#{1,6}\s+(.*)$/.exec(l);
    const label = matchLabel(heading ? heading[1] : l.replace(listMarkerRe, ''));
    if (label) return label.also?.includes('plan') ? 'plan' : label.kind;
    if (heading) return 'other';
  }
  return 'other';
}

/** The nearest heading above, lower-cased, '' if none. */
function headingAbove(text: string, lineStart: number): string {
  for (const l of linesAbove(text, lineStart)) {
    const m = /^\s{0,3}#{1,6}\s+(.*)$/.exec(l);
    if (m) return m[1].toLowerCase();
  }
  return '';
}

const cueOf = (s: string) => needlingTermRe.test(s) || needleTechniqueRe.test(s) || findNeedles(s).length > 0;

/** A list item that sits in a needling list: under a needling lead-in, or among items that record needling. */
function needlingList(text: string, lineStart: number): boolean {
  for (const l of linesAbove(text, lineStart, 60)) {
    if (!l.trim()) continue;
    if (listMarkerRe.test(l) || /^\s{2,}\S/.test(l)) {
      if (cueOf(l) || findTwitches(l).length) return true;
      continue;
    }
    // The line that leads into the list.
    return /:[\s*_)]*$/.test(l) && cueOf(l);
  }
  return false;
}

function lastIndex(re: RegExp, s: string): number {
  let last = -1;
  for (const m of s.matchAll(re)) last = m.index!;
  return last;
}

/**
 * Where the current record starts on the line, and what it already holds: the chain decides what
 * comes next. A record restarts after a response, or after a separator that follows a needle.
 */
function chainState(segment: string, vocab: Vocabulary): { muscle: boolean; side: boolean; needle: boolean; technique: boolean; response: boolean } {
  type Tok = { at: number; kind: 'side' | 'muscle' | 'needle' | 'technique' | 'response' };
  const toks: Tok[] = [];
  const mentions = vocab.scanMuscles(segment);
  for (const m of mentions) toks.push({ at: m.start, kind: 'muscle' });
  for (const s of findSides(segment)) if (!mentions.some((m) => s.start < m.end && s.end > m.start)) toks.push({ at: s.start, kind: 'side' });
  for (const n of findNeedles(segment)) toks.push({ at: n.start, kind: 'needle' });
  for (const t of findTechniques(segment)) toks.push({ at: t.start, kind: 'technique' });
  for (const t of findTwitches(segment)) toks.push({ at: t.start, kind: 'response' });
  for (const re of [referralRe, toleranceRe]) {
    const m = re.exec(segment);
    if (m) toks.push({ at: m.index, kind: 'response' });
  }
  toks.sort((a, b) => a.at - b.at);
  const state = { muscle: false, side: false, needle: false, technique: false, response: false };
  let prev = -1;
  for (const t of toks) {
    const separated = /[,;]/.test(segment.slice(prev, t.at));
    const startsNew = (t.kind === 'side' || t.kind === 'muscle') && state.muscle && (state.response || state.needle || (separated && t.kind === 'side'));
    if (startsNew) Object.assign(state, { muscle: false, side: false, needle: false, technique: false, response: false });
    state[t.kind] = true;
    prev = t.at;
  }
  return state;
}

/** What may stand before the muscle phrase being typed: a side, a needling word, "to". */
const leadBeforePhraseRe = new RegExp(String.raw`^(?:${SIDE_SOURCE}\.?\s+|(?:DN|TDN|IMS|needled|needling)\s+(?:to\s+|of\s+|into\s+)?|to\s+)+`, 'i');

/** Start of the muscle phrase being typed: after a list marker, a side, a needling word, a colon or a separator. */
function phraseStart(before: string): number | undefined {
  const m = /(?:^|[\s(:,;|–—-])((?:[A-Za-z][A-Za-z.'-]*)(?:\s+[A-Za-z][A-Za-z.'-]*){0,3})$/.exec(before);
  if (!m) return undefined;
  let start = before.length - m[1].length;
  // The phrase may not swallow a side, a needling word or a list marker typed before it.
  const lead = leadBeforePhraseRe.exec(before.slice(start));
  if (lead) start += lead[0].length;
  return start;
}

export function completionContext(text: string, offset: number, vocab: Vocabulary): CompletionContext {
  const lineStart = lineStartOf(text, offset);
  const lineEnd = lineEndOf(text, offset);
  const before = text.slice(lineStart, offset);
  let wordStart = offset;
  while (wordStart > lineStart && /[\p{L}\p{N}.×/+'-]/u.test(text[wordStart - 1])) wordStart--;
  while (wordStart < offset && /[/'-]/.test(text[wordStart])) wordStart++;
  let wordEnd = offset;
  while (wordEnd < lineEnd && /[\p{L}\p{N}.×]/u.test(text[wordEnd])) wordEnd++;
  const at = (kind: CompletionContextKind, start = wordStart): CompletionContext => ({ kind, replaceStart: start, replaceEnd: wordEnd, word: text.slice(start, offset) });
  const none = at('none');

  if (inFrontMatter(text, offset)) return before.includes(':') ? none : at('front-matter-key');

  const table = tableColumn(text, lineStart, offset);
  if (table) {
    const kind = columnKind(table.column);
    const needlingTable = table.rows.some((r) => cueOf(r)) || table.header.some((h) => NEEDLING_COLUMN_KINDS.has(columnKind(h)!)) || needlingHeadingRe.test(headingAbove(text, lineStart));
    if (kind === 'muscle') return needlingTable ? at('muscle') : none;
    if (kind === 'side') return at('side');
    if (kind === 'needle' || kind === 'length' || kind === 'gauge') return at('needle');
    if (kind === 'technique') return at('technique');
    if (kind === 'twitch' || kind === 'response' || kind === 'referral' || kind === 'tolerance') return at('response');
    return none;
  }
  if (/^\s*\|/.test(before)) return none;

  // Codes: whichever keyword stands last before the cursor decides (a line may hold both).
  const dx = lastIndex(dxWords, before);
  const bill = lastIndex(billingWords, before);
  if (dx >= 0 && dx > bill) return at('icd');
  if (bill >= 0) return at('cpt');
  if (/^\s{0,3}#/.test(before)) return none;
  const heading = headingAbove(text, lineStart);
  if (/\b(?:billing|charges|cpt|coding)\b/.test(heading)) return at('cpt');
  if (/\b(?:diagnos[ie]s|icd|dx)\b/.test(heading)) return at('icd');

  // Needling records: only where needling is written, never in S, A or P prose.
  const section = sectionAt(text, lineStart, before);
  if (section === 'subjective' || section === 'assessment' || section === 'plan') return none;
  const marker = listMarkerRe.exec(before);
  const content = marker ? before.slice(marker[0].length) : before;
  const place = cueOf(content) || (marker ? needlingList(text, lineStart) : false) || needlingHeadingRe.test(heading);
  if (!place) return none;

  // A number being typed is a needle size ("0.", ".25", "30"); after a needle, a technique; then a response.
  if (/^(?:0?[.,]\d*|\d{1,2})(?:[x×]\d*)?$/.test(text.slice(wordStart, offset)) && wordStart < offset) return at('needle');
  const contentStart = lineStart + (marker?.[0].length ?? 0);
  const done = chainState(text.slice(contentStart, wordStart), vocab);
  if (!done.muscle) {
    // The muscle's name may be several words ("glute med"): the phrase starts after the side or needling word.
    const startOfPhrase = phraseStart(text.slice(contentStart, offset));
    return at('muscle', startOfPhrase === undefined ? offset : contentStart + startOfPhrase);
  }
  // "R rhomboid m": the word goes on naming the muscle just written ("rhomboid major").
  const last = vocab.scanMuscles(text.slice(contentStart, wordStart)).pop();
  if (last && /^\s+$/.test(text.slice(contentStart + last.end, wordStart)) && /^\p{L}/u.test(text.slice(wordStart, offset))) {
    const phrase = text.slice(contentStart + last.start, offset);
    if (matchMuscles(vocab, phrase, {}, 1)[0]?.score >= 70) return at('muscle', contentStart + last.start);
  }
  if (!done.side && !done.needle) return at('side');
  if (!done.needle) return at('needle');
  if (!done.technique) return at('technique');
  if (!done.response) return at('response');
  return none;
}
