// Recognisers for the clinical tokens clinicians type inside a line. Each returns
// offsets relative to the string it was given.
import { measuredLengthBeforeRe } from '../lexicon/exam';
import { needlingTermRe, techniqueWordsRe } from '../lexicon/needling';
import { SPELLED_NUMBER_SOURCE, spelledNumberValue } from '../lexicon/numbers';
import { alternation, BEFORE, findAll } from '../lexicon/pattern';
import { TWITCH_QUALITY_TERMS } from '../lexicon/responses';
import { rightNotASide, sideCellRes, sideTokenRe, type Side } from '../lexicon/sides';
import { ClaimedSpans } from '../util/spans';
import { execAll } from '../util/matches';

export type { Side };

export interface SideToken {
  side: Side;
  start: number;
  end: number;
  /** "B/L" reads as bilateral to some and as "both/left" to others. */
  ambiguous?: boolean;
}

/** After an initial: a surname in title case, then credentials in capitals or the end of an aside. */
const initialBeforeNameRe = /^\s+[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+)?(?:\s*,?\s*[A-Z]{2,}\b|\s*\))/;

const bothOfCountRe = /^\s+(?:of\s+(?:them|the)\s+)?(?:needles?|insertions?|muscles?|were|are|times)\b/i;

export function findSides(text: string): SideToken[] {
  const out: SideToken[] = [];
  sideTokenRe.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = sideTokenRe.exec(text)) !== null) {
    const word = m[0];
    // Single letters must be upper case, or they would match "l" in ordinary prose.
    if (word.replace(/\.$/, '').length === 1 && word[0] !== word[0].toUpperCase()) continue;
    if (/^(?:bl|b|[lr]\s?\/\s?[lr])$/i.test(word) && word !== word.toUpperCase()) continue;
    // "(L. Nguyen, PT)", "R. Fraser MCSP": a person's initial before the surname and credentials, not a side.
    if (/^[LR]\.$/.test(word) && initialBeforeNameRe.test(text.slice(m.index + 2, m.index + 60))) continue;
    // "Both needles out, count correct": both of a count, not both sides.
    if (/^both$/i.test(word) && bothOfCountRe.test(text.slice(m.index + 4, m.index + 24))) continue;
    if (/^right$/i.test(word) && rightNotASide(text, m.index + word.length)) continue;
    const side: Side = m[1] ? 'B' : m[2] ? 'L' : 'R';
    out.push({ side, start: m.index, end: m.index + word.length, ambiguous: /^b\/l$/i.test(word) || undefined });
  }
  return out;
}

/** A side written as a whole table cell or label value: "L", "Right", "bilat", "L/R". */
export function parseSideCell(text: string): Side | undefined {
  const t = text.trim().replace(/[*_`]/g, '');
  return sideCellRes.find(([, re]) => re.test(t))?.[0];
}

export interface NeedleToken {
  start: number;
  end: number;
  diameterMm?: number;
  lengthMm?: number;
  gauge?: number;
}

// 0.25x40mm, 0.25 × 40 mm, .30x50, φ0.30 mm × 40 mm, 0.25/40, 40 mm, 32G, 32 gauge; a full stop may end the
// sentence after it ("DN QL 0.30x60mm."), a decimal may not follow it.
/** Millimetres, short or in full. */
export const MM = String.raw`(?:mm|millimet(?:re|er)s?)`;
// Spaces only after a φ: a match that could begin anywhere in a run of spaces rescanned the run from each of them.
const sizeRe = new RegExp(String.raw`(?<![\w.])(?<!\d,)(?:φ\s*)?(0?\.\d{1,3}|0,\d{1,3})\s*(?:${MM})?\s*(?:[x×X*/]|by)\s*(\d{1,3})\s*(?:${MM})?(?!\w|\.\d)`, 'gi');
// "40 mm", "40 millimetres", "forty-millimetre": a length alone, in digits or words.
const lengthRe = new RegExp(String.raw`(?<![\w.x×])(?:(\d{2,3})|(${SPELLED_NUMBER_SOURCE}))\s*-?\s*${MM}(?![a-z])`, 'gi');
/** Every length has a digit or names its unit; most text has neither, and four scans are skipped. */
const maySizeRe = /\d|mm|millimet/i;
const gaugeRe = /(?<![\w.])(\d{2})\s*(?:g|ga|gauge)\b/gi;

// Length first, as some packaging and notes write it: "50 mm x 0.30", "40mm/0.25mm".
const reversedSizeRe = new RegExp(String.raw`(?<![\w.])(\d{2,3})\s*${MM}\s*(?:[x×X*/]|by)\s*(0?\.\d{1,3}|0,\d{1,3})\s*(?:${MM})?(?!\w|\.\d)`, 'gi');

/** Text between two lengths that keeps them one series of readings: short, in one sentence, naming no needling. */
const sameReadings = (between: string) => between.length <= 60 && !/[.;:](?:\s|$)|\n/.test(between) && !needlingTermRe.test(between);

export function findNeedles(text: string): NeedleToken[] {
  if (!maySizeRe.test(text)) return [];
  const out: NeedleToken[] = [];
  const claimed = new ClaimedSpans();
  const push = (t: NeedleToken) => {
    out.push(t);
    claimed.add(t.start, t.end);
  };
  for (const m of execAll(sizeRe, text)) {
    push({ start: m.index!, end: m.index! + m[0].length, diameterMm: parseFloat(m[1].replace(',', '.')), lengthMm: parseInt(m[2], 10) });
  }
  for (const m of execAll(reversedSizeRe, text)) {
    if (claimed.overlaps(m.index!, m.index! + m[0].length)) continue;
    push({ start: m.index!, end: m.index! + m[0].length, diameterMm: parseFloat(m[2].replace(',', '.')), lengthMm: parseInt(m[1], 10) });
  }
  let measuredEnd = -1;
  for (const m of execAll(lengthRe, text)) {
    const len = m[1] ? parseInt(m[1], 10) : spelledNumberValue(m[2]) ?? 0;
    if (claimed.covers(m.index!) || len < 7 || len > 150) continue;
    // "mouth opening 31 mm": a measurement, read from at most 40 characters back so a long line stays linear.
    // "IRD 22 mm above umbilicus (was 28 mm), 12 mm at umbilicus": readings that follow one go with it.
    if (measuredLengthBeforeRe.test(text.slice(Math.max(0, m.index! - 40), m.index!)) || (measuredEnd >= 0 && sameReadings(text.slice(measuredEnd, m.index!)))) {
      measuredEnd = m.index! + m[0].length;
      continue;
    }
    push({ start: m.index!, end: m.index! + m[0].length, lengthMm: len });
  }
  for (const m of execAll(gaugeRe, text)) {
    const g = parseInt(m[1], 10);
    if (!claimed.covers(m.index!) && g >= 28 && g <= 44) push({ start: m.index!, end: m.index! + m[0].length, gauge: g });
  }
  return out.sort((a, b) => a.start - b.start);
}

export interface TwitchToken {
  start: number;
  end: number;
  present: boolean;
  count?: number;
  /** Described as it was seen: a quality before it ("a strong twitch") or a word saying it was seen after it ("LTR elicited"). */
  seen: boolean;
}

// Prefix: a negating word ("no LTR"), a count ("3 LTRs", "0 LTR", "two twitches") or a sign glued to the word
// ("+LTR", "-LTR"). A dash with spaces around it is a separator ("R UT – LTR x3"), not a minus.
// Suffix: a sign ("LTR+", "LTR −" at the end of a clause), a count ("x3", "×3", ": 3", "(3)",
// "3") or a word ("elicited", "absent", "none").
const NEG_WORD = String.raw`no|absent|neg(?:ative)?|without|nil|zero`;
const KEYWORD = String.raw`local\s+twitch(?:\s+responses?)?|LTRs?|twitch(?:es|\s+responses?)?`;
const END_OF_CLAUSE = String.raw`(?=\s*(?:$|[,;.)|\]]))`;
/** Words after a twitch saying it was seen ("LTR elicited"), or with "not" before them that it was not. */
const SEEN_WORD = 'present|elicited|obtained|observed|seen';
const POST_WORD = String.raw`${SEEN_WORD}|pos(?:itive)?|\+ve|yes|y|absent|none|neg(?:ative)?|-ve|not\s+(?:${SEEN_WORD})|nil|no`;
/** "no visible twitch", "nil strong LTR": a quality between the negation and the twitch keeps it negated. */
const TWITCH_QUALITY = `(?:${alternation(TWITCH_QUALITY_TERMS)})`;
const twitchRe = new RegExp(
  String.raw`(?:(?<![\w.])(?:(${NEG_WORD})\s+(?:${TWITCH_QUALITY}\s+)?|(\d{1,2}|${SPELLED_NUMBER_SOURCE}(?=\s))\s*)|(?<![\w.+−–-])([+−–-])(?=\(?\s*[lt])|(?<![\w]))`
  + String.raw`(?:\(\s*)?(?:${KEYWORD})(?![a-wyz])\s*(?:\)\s*)?`
  + String.raw`(?:(\+)(?!\w)|([−–-])${END_OF_CLAUSE})?`
  + String.raw`(?:\s*[:=]?\s*(?:(?:[x×]|count)\s*(\d{1,2})(?!\d)|\((\d{1,2})\)|(\d{1,2})(?![\d.,/°%x×]|\s*(?:mm|min|s\b|sec|second|minute|cm|kg|n\b))|(${POST_WORD})(?![a-z])|(\+)(?!\w)|([−–-])${END_OF_CLAUSE}))?`,
  'gi',
);

const seenWordRe = new RegExp(`^(?:${SEEN_WORD})$`, 'i');
/** A quality word right before a twitch keyword: "a strong twitch", "brisk LTRs". */
const qualityBeforeRe = new RegExp(`${BEFORE}${TWITCH_QUALITY}\\s+$`, 'i');

/** Every twitch keyword holds one of these ("LTR", "local twitch", "twitches"). */
const twitchWordRe = /ltr|twitch/i;

export function findTwitches(text: string): TwitchToken[] {
  if (!twitchWordRe.test(text)) return [];
  const out: TwitchToken[] = [];
  for (const m of execAll(twitchRe, text)) {
    const [all, negWord, leadCount, preSign, postPlus, postMinus, c1, c2, c3, word, colonPlus, colonMinus] = m;
    void postPlus; void colonPlus;
    const trimmed = all.trimEnd();
    const countText = c1 ?? c2 ?? c3 ?? leadCount;
    // "two twitches", "one LTR": a count in words, as narrative notes write it.
    const count = countText === undefined ? undefined : /^\d/.test(countText) ? parseInt(countText, 10) : spelledNumberValue(countText);
    const negativeWord = word !== undefined && /^(?:absent|none|neg(?:ative)?|-ve|not\s|nil|no$)/i.test(word);
    const negative = Boolean(negWord) || count === 0 || (preSign !== undefined && preSign !== '+') || Boolean(postMinus) || Boolean(colonMinus) || negativeWord;
    const seen = !negative && ((word !== undefined && seenWordRe.test(word)) || qualityBeforeRe.test(text.slice(Math.max(0, m.index! - 20), m.index!)));
    out.push({ start: m.index!, end: m.index! + trimmed.length, present: !negative, count: negative ? undefined : count, seen });
  }
  return out;
}

/** A twitch written as a table cell: "+", "+×3", "x2", "yes", "−", "none", "0", "3". */
export function parseTwitchCell(text: string): { present: boolean; count?: number } | undefined {
  // "x1 each", "+ both": said of each side or part of the row's muscle.
  const t = text.trim().replace(/[*_`]/g, '').toLowerCase().replace(/(?<!\s)\s*(?:each|both|ea|per side|bilat(?:erally)?)\.?$/, '');
  if (!t || /^(?:n\/?a|not tested|nt)$/.test(t)) return undefined;
  if (/^(?:[-−–]|no|none|nil|absent|neg(?:ative)?|0|n|no ltr|ltr\s*[-−–]|x\s*0)$/.test(t)) return { present: false };
  if (/^(?:multiple|several|many|some|few|yes\s*\(multiple\))$/.test(t)) return { present: true };
  // "+", "+++", "+×3", "+ (x3)", "yes x2", "LTR+ 2", "x2", "3"
  const m = t.match(/^(?:\+{1,3}|yes|y|present|pos(?:itive)?|elicited|obtained|ltr\s*\+?|\+\s*ltr)?\s*\(?\s*(?:[x×]\s*)?(\d{1,2})?\s*\)?\s*\+?$/);
  if (m) {
    const count = m[1] ? parseInt(m[1], 10) : undefined;
    return count === 0 ? { present: false } : { present: true, count };
  }
  const found = findTwitches(t)[0];
  if (found) return { present: found.present, count: found.count };
  // "x3, familiar", "+ (local)": the twitch first, then what the patient felt.
  const head = t.split(/[,;(]/)[0].trim();
  return head && head !== t ? parseTwitchCell(head) : undefined;
}

/** Technique words in a record, lower-cased ("pistoning", "in situ", "e-stim"). */
export function findTechniques(text: string): Array<{ start: number; end: number; text: string }> {
  return findAll(techniqueWordsRe, text).map((m) => ({ ...m, text: m.text.toLowerCase() }));
}

const countRe = /(?:(?:\b|(?<![\w.])[x×])(\d{1,2})\s*(?:needles?|insertions?)\b|\bn\s*[=:]\s*(\d{1,2})\b|\b(?:needles?|insertions?)\s*[:=x×]?\s*(\d{1,2})\b(?!\s*(?:mm|\/|\.\d)))/i;

/** Number of needles used in a record: "2 needles", "x2 needles", "n=2", "needles: 2". */
export function findNeedleCount(text: string): number | undefined {
  const m = countRe.exec(text);
  if (!m) return undefined;
  return parseInt(m[1] ?? m[2] ?? m[3], 10);
}

