import type { Unit } from './units';
import { clauseSpans, spanAt, type Span } from './clauses';
import { ClaimedSpans } from '../util/spans';
import {
  bloodPressureBeforeRe, dateBeforeRatingRe, mmHgAfterRe, painRatingContextRe, QUANTITY_AFTER_SOURCE, QUESTIONNAIRE_SOURCE,
  questionnaireId, SCORE_LINK_TERMS, questionnaireLabelRe, tenPointQuestionnaireRe,
} from '../lexicon/scores';
import { execAll } from '../util/matches';
import { AFTER, alternation } from '../lexicon/pattern';
import { TODAY_TERMS } from '../lexicon/status';
import { identifierBeforeRe } from '../lexicon/identifiers';

// Billing codes and scores written in a note. Dates ("12/10/2026"), spinal levels
// ("L4/5", "T12") and strength grades ("4/5") must never read as codes or pain scores.

export interface CodeMention {
  unit: number;
  code: string;
  start: number;
  end: number;
  /** Units billed when written as "20561 x2" or "2 units". */
  units?: number;
}

const billingContext = /\b(?:cpt|billing|billed|bill|charges?|codes?|procedures?|units?|hcpcs)\b/i;
const dxContext = /\b(?:icd(?:-?10)?(?:-cm)?|dx|diagnos[ie]s|diag|codes?)\b/i;
const knownCpt = /^(?:2056[01]|2055[0-3]|9781[0134]|97\d{3}|G0283|G0281)$/;

const codeShapeRe = /\d{5}|G\d{4}/;
// An ICD-10 code opens with a letter and two digits ("M79.18", "M6283").
const icdShapeRe = /[A-TV-Z]\d\d/;

export function findCptCodes(units: Unit[]): CodeMention[] {
  const out: CodeMention[] = [];
  // The spaces after a code are read once: a comma brings its own (",?\s*" after "\s*" split a long run of spaces every way).
  // Modifiers may stand between a code and its units ("20560-GP x2", "97140-59-GP x1").
  const re = /(?<![\w./-])(\d{5}|G\d{4})(?![\w/]|[.,]\d)(?:-[A-Z0-9]{2}(?![\w/]))*(?:\s*(?:[x×]\s*(\d{1,2})|\(\s*(\d{1,2})\s*units?\s*\)|(?:,\s*)?(\d{1,2})\s*units?))?/g;
  units.forEach((u, i) => {
    // Every code has five digits or G and four; most lines have neither, and skip the context tests.
    if (!codeShapeRe.test(u.text)) return;
    const inBilling = billingContext.test(u.text) || billingContext.test(u.heading);
    for (const m of execAll(re, u.text)) {
      if (!knownCpt.test(m[1]) && !inBilling) continue;
      // "chart 20553", "Sherwood, OR 97140": a record number or a ZIP code, not a billed code.
      if (identifierBeforeRe.test(u.text.slice(Math.max(0, m.index! - 30), m.index!))) continue;
      const n = m[2] ?? m[3] ?? m[4];
      out.push({ unit: i, code: m[1], start: u.start + m.index!, end: u.start + m.index! + m[1].length, units: n ? parseInt(n, 10) : undefined });
    }
  });
  return out;
}

export function findIcdCodes(units: Unit[]): CodeMention[] {
  const out: CodeMention[] = [];
  const dotted = /(?<![\w.])([A-TV-Z]\d{2}\.[0-9A-Z]{1,4})(?![\w])/g;
  const bare = /(?<![\w.])([A-TV-Z]\d{2}[0-9A-Z]{0,4})(?![\w.])/g;
  units.forEach((u, i) => {
    if (!icdShapeRe.test(u.text)) return;
    for (const m of execAll(dotted, u.text)) out.push({ unit: i, code: m[1], start: u.start + m.index!, end: u.start + m.index! + m[1].length });
    if (!(dxContext.test(u.text) || /diagnos|icd/.test(u.heading))) return;
    for (const m of execAll(bare, u.text)) {
      // Spinal levels (C5, T12, L4, S1) look like three-character codes; G0283 is a HCPCS code.
      if (/^[CTLS]\d{1,2}$/.test(m[1]) || knownCpt.test(m[1])) continue;
      out.push({ unit: i, code: m[1], start: u.start + m.index!, end: u.start + m.index! + m[1].length });
    }
  });
  return out;
}

export interface Score {
  unit: number;
  /** Measure id from vocab/outcomes.ts: nprs, vas, ndi, ndi-percent, odi, psfs, quickdash, dash, lefs. */
  measure: string;
  value: number;
  start: number;
  end: number;
  /** Denominator when written as "n/d". */
  outOf?: number;
  /** Unit as written after the number: "mm", "cm" (VAS) or "%". */
  scale?: 'mm' | 'cm' | '%';
}

// A bare "n/10" is a pain score only next to a pain word; "11/10" after "since" or "on" is a date.
const painFree = /\bpain[- ]?free\b|\bno pain\b/gi;
// "x 3/10" and "2 * 4/10" are products; a bold label's closing marks ("**Pain (NPRS):** 4/10") are not.
// A label's colon may touch the rating ("Pain:11/10"); a time's may not ("10:30/10").
const scaleRe = /(?<![\w/.,]|\d:|(?:[x×]|(?<![:*])\*)\s?|(?:\d{3}|\/\d{1,4}|[A-Za-z]|^)-)(\d{1,3}(?:\.\d)?)\s*\/\s*(10|100)(?![\w/]|\.\d|\s*(?:a\.?m\.?|p\.?m\.?|h\b|hrs?\b|o'clock))/gi;
const arrow = String.raw`\s*(?:→|->|-->|=>|⇒|to|–|—|-)\s*`;
const painNum = String.raw`\d{1,3}(?:\.\d)?(?:\s*\/\s*10(?!\d))?`;
// The scale may be named in brackets inside a bold label: "**Pain (NPRS):** 7".
const scaleNameRe = String.raw`\b(NPRS|NPS|NRS|VAS)\b(?:\s*\((?:0\s*[-–]\s*10{1,2}|[^)]{0,20})\))?\)?[*_]*`;
const namedRe = new RegExp(String.raw`${scaleNameRe}\s*(?:score|pain|rating|level)?\s*[:=]?[*_]*\s*((?:${painNum}${arrow})*${painNum})\s*(mm|cm|%)?(?![\d/]|\.\d)`, 'gi');
// "LEFS today 84/80", "Her LEFS today is 84/80": a time word or a verb may stand between the questionnaire and its score;
// "**LEFS:** 84/80": a bold label's marks too.
const linkWords = alternation([...TODAY_TERMS, ...SCORE_LINK_TERMS].flatMap((t) => [t, t[0].toUpperCase() + t.slice(1)]));
const outcomeRe = new RegExp(
  String.raw`${QUESTIONNAIRE_SOURCE}(\s*\([^)]{0,20}\))?(?:\s+(?:${linkWords})${AFTER}){0,2}[*_]*\s*(?:score|total|avg|average|mean)?\s*[:=]?[*_]*\s*`
  // An amount is no score ("PSFS: 12 hr shift 4/10"): the number is taken whole and must not have a unit after it.
  + String.raw`(\d{1,3}(?:\.\d+)?)(?!\d|\.\d)(?!${QUANTITY_AFTER_SOURCE})\s*(%|\/\s*\d{1,3}(?!\d))?`,
  'g',
);

function outcomeId(written: string, suffix: string | undefined): string {
  const id = questionnaireId(written)!;
  return id === 'ndi' && suffix?.trim() === '%' ? 'ndi-percent' : id;
}

/** A questionnaire's score as written: its name, the number at `start`, and what follows it ("/80", "%"). */
function questionnaireScore(unit: number, written: string, number: string, start: number, suffix: string | undefined): Score {
  const outOf = suffix?.startsWith('/') ? parseInt(suffix.slice(1), 10) : undefined;
  return { unit, measure: outcomeId(written, suffix), value: parseFloat(number), start, end: start + number.length, outOf, ...(suffix === '%' ? { scale: '%' as const } : {}) };
}

/** A bare "n/10" with n above this reads as a day and month ("28/10") when nothing in its sentence is about pain. */
const DATE_LIKE_FROM = 12;
/** … and no further: "55/10" is no day of any month. */
const LAST_DAY = 31;

/** The sentences of one text, split once when first asked for (a long line may hold many ratings). */
class Sentences {
  private spans?: Span[];
  constructor(private readonly text: string) {}
  /** The sentence holding `at`, as the clause reader splits the line. */
  at(at: number): string {
    const span = spanAt((this.spans ??= clauseSpans(this.text)), at);
    return span ? this.text.slice(span.start, span.end) : this.text;
  }
}

function scoresInText(text: string, base: number, unit: number, cellContext?: string): Score[] {
  // Every score has a digit; most lines of prose have none.
  if (!/\d/.test(text)) return [];
  const out: Score[] = [];
  const taken = new ClaimedSpans();
  for (const m of execAll(namedRe, text)) {
    const kw = m[1].toUpperCase();
    const suffix = m[3] as Score['scale'] | undefined;
    let pos = m.index! + m[0].indexOf(m[2]);
    const end = m.index! + m[0].length;
    for (const part of m[2].split(new RegExp(`(${arrow})`))) {
      const v = /^(\d{1,3}(?:\.\d)?)(\s*\/\s*10)?$/.exec(part);
      if (v) {
        const outOf = v[2] ? 10 : undefined;
        const measure = kw === 'VAS' && !outOf ? 'vas' : 'nprs';
        out.push({ unit, measure, value: parseFloat(v[1]), start: base + pos, end: base + pos + v[1].length, outOf, scale: kw === 'VAS' && !outOf && suffix !== '%' ? suffix : undefined });
      }
      pos += part.length;
    }
    taken.add(m.index!, end);
  }
  // The pain words around a bare "n/10", read once and only for a line that has one; a ten-point questionnaire's name likewise.
  let painContext: boolean | undefined;
  let tenPointLine: boolean | undefined;
  const sentences = new Sentences(text);
  // A bare rating has its slash; most lines with a digit (dates aside) have none.
  if (text.includes('/')) for (const m of execAll(scaleRe, text)) {
    const s = m.index!;
    if (taken.covers(s)) continue;
    painContext ??= painRatingContextRe.test((cellContext ?? '') + ' ' + text.replace(painFree, ''));
    tenPointLine ??= tenPointQuestionnaireRe.test(text);
    if ((!painContext && !tenPointLine) || dateBeforeRatingRe.test(text.slice(Math.max(0, s - 24), s))) continue;
    const outOf = parseInt(m[2], 10);
    const value = parseFloat(m[1]);
    // "BP over clinic DN limit (160/100)", "150/100 mmHg": a blood pressure reading, beside a headache or not.
    if (outOf === 100 && (bloodPressureBeforeRe.test(text.slice(Math.max(0, s - 48), s)) || mmHgAfterRe.test(text.slice(s + m[0].length, s + m[0].length + 8)))) continue;
    // "PSFS – walking the dog 30 min 55/10": a bare rating in a sentence naming a ten-point questionnaire is its item.
    const item = outOf === 10 && tenPointLine ? tenPointQuestionnaireRe.exec(sentences.at(s)) : null;
    if (!painContext && !item) continue;
    // "started apixaban (new AF dx, GP 28/10). Pain NRS 4/10": a day past the 12th over a month, far past the scale, is a date
    // unless its own sentence names pain ("11/10", "12/10" are the slips and the patient's own overstatement).
    if (outOf === 10 && value > DATE_LIKE_FROM && value <= LAST_DAY && !cellContext && !item && !painRatingContextRe.test(sentences.at(s).replace(painFree, ''))) continue;
    const measure = item ? questionnaireId(item[1])! : outOf === 10 ? 'nprs' : 'vas';
    // A range "8-9/10" scores both ends.
    const range = /(\d{1,3}(?:\.\d)?)\s*[-–]\s*$/.exec(text.slice(Math.max(0, s - 8), s));
    if (range) {
      const rs = s - range[0].length;
      if (!taken.covers(rs)) out.push({ unit, measure, value: parseFloat(range[1]), outOf, start: base + rs, end: base + rs + range[1].length });
    }
    out.push({ unit, measure, value, outOf, start: base + s, end: base + s + m[1].length, ...(outOf === 100 ? { scale: 'mm' as const } : {}) });
    taken.add(s, s + m[0].length);
  }
  for (const m of execAll(outcomeRe, text)) {
    const suffix = m[4]?.replace(/\s/g, '') ?? (m[2]?.includes('%') ? '%' : undefined);
    const s = m.index! + m[0].lastIndexOf(m[3], m[0].length - (m[4]?.length ?? 0));
    out.push(questionnaireScore(unit, m[1], m[3], base + s, suffix));
  }
  return out.sort((a, b) => a.start - b.start);
}

/** A cell holding a score and nothing else: "82/80", "64%", "**31**". */
const scoreAloneRe = /^([\s*_]*)(\d{1,3}(?:\.\d+)?)\s*(%|\/\s*\d{1,3})?[\s*_]*$/;
/** A column of dates: its "12/03" is a day, not a score. */
const dateColumnRe = /\bdate\b|\bDOS\b|\bwhen\b/i;

export function findScores(units: Unit[]): Score[] {
  const out: Score[] = [];
  units.forEach((u, i) => {
    if (u.kind === 'row') {
      // Each cell is read with its column header as context ("Pain during" → "6/10"), and with the row's own
      // label, its first cell ("| NPRS (stairs) | 11/10 | 4/10 |").
      const label = u.cells![0]?.text ?? '';
      // "| LEFS | 82/80 | 51/80 |": a row labelled with a questionnaire holds its scores, a number alone in each cell.
      const questionnaire = questionnaireLabelRe.exec(label);
      u.cells!.forEach((c, k) => {
        const alone = questionnaire && k > 0 && !dateColumnRe.test(c.column) ? scoreAloneRe.exec(c.text) : null;
        if (alone) {
          out.push(questionnaireScore(i, questionnaire![1], alone[2], c.start + alone.index + alone[1].length, alone[3]?.replace(/\s/g, '')));
          return;
        }
        for (const s of scoresInText(c.text, c.start, i, k > 0 ? `${label} ${c.column}` : c.column)) out.push(s);
      });
      return;
    }
    // One by one: spreading a long line's scores into push() can exceed the call-argument limit.
    for (const s of scoresInText(u.text, u.start, i)) out.push(s);
  });
  return out;
}
