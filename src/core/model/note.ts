import type { MuscleMention, Vocabulary } from '../vocab';
import { LineIndex } from '../parse/line-index';
import { parseMarkdown } from '../parse/markdown';
import { findCptCodes, findIcdCodes, findScores, type CodeMention, type Score } from './codes';
import { parseFrontMatter, type FrontMatter } from './front-matter';
import { findRecords, type NeedlingRecord } from './records';
import { findSections, type Section } from './sections';
import {
  findAftercare, findConsent, findNeedleCounts, type AftercareStatus, type ConsentStatus, type NeedleCount, type Statement,
} from './statements';
import { hasNeedlingCue } from './tokens';
import { scanUnits, type HtmlComment, type Unit } from './units';

/** Everything the rules read about one version of a note. Built once, then shared by all rules. */
export interface Note {
  text: string;
  lines: LineIndex;
  /** "\r\n" when the note uses Windows line ends, so fixes insert the same. */
  eol: '\n' | '\r\n';
  frontMatter?: FrontMatter;
  units: Unit[];
  sections: Section[];
  comments: HtmlComment[];
  /** Code and raw HTML blocks, [start, end) offsets. */
  opaque: Array<[number, number]>;
  /** Fenced code blocks that are never closed, [start, end) of the opening fence. */
  unclosedFences: Array<{ start: number; end: number }>;
  /** Muscle mentions per unit (same index as units). */
  mentions: MuscleMention[][];
  records: NeedlingRecord[];
  consent: Statement<ConsentStatus>[];
  aftercare: Statement<AftercareStatus>[];
  needleCounts: NeedleCount[];
  cpt: CodeMention[];
  icd: CodeMention[];
  scores: Score[];
  /** True when the note records needling done in this visit. */
  needled: boolean;
}

const performedRe = /\b(?:dry needling|DN|TDN|TrP-?DN|FDN|needling)\b[^.\n]{0,40}\b(?:performed|completed|done|administered|applied|provided|given|delivered|carried out)\b|\bneedled\b/i;
const futureRe = /\b(?:next (?:visit|session)|will|plan(?:ned)? to|consider|candidate|declined|refused|deferred|not (?:performed|done))\b/i;

function dedupeMentions(text: string, mentions: MuscleMention[]): MuscleMention[] {
  // "upper trapezius (UT)" names one muscle once.
  return mentions.filter((m, i) => {
    const prev = mentions[i - 1];
    return !(prev && prev.muscle && prev.muscle === m.muscle && /^\s*\(\s*$/.test(text.slice(prev.end, m.start)));
  });
}

export function buildNote(rawText: string, vocab: Vocabulary): Note {
  const text = rawText;
  const lines = new LineIndex(text);
  const tree = parseMarkdown(text);
  const scan = scanUnits(text, tree);
  let frontMatter: FrontMatter | undefined;
  if (scan.frontMatter) {
    const { value, start, end } = scan.frontMatter;
    const valueStart = text.indexOf(value, start);
    frontMatter = parseFrontMatter(value, start, end, valueStart >= 0 ? valueStart : start);
  }
  const units = scan.units;
  const sections = findSections(units);
  const mentions = units.map((u) => (u.kind === 'row' ? [] : dedupeMentions(u.text, vocab.scanMuscles(u.text))));
  const records = findRecords(units, sections, vocab, mentions);
  const fm = frontMatter?.data;
  const needled = records.length > 0 || units.some((u) => performedRe.test(u.text) && !futureRe.test(u.text) && hasNeedlingCue(u.text));
  return {
    text, lines, eol: /\r\n/.test(text) ? '\r\n' : '\n', frontMatter, units, sections, comments: scan.comments, opaque: scan.opaque, unclosedFences: scan.unclosedFences, mentions, records,
    consent: findConsent(units, fm), aftercare: findAftercare(units, fm), needleCounts: findNeedleCounts(units),
    cpt: findCptCodes(units), icd: findIcdCodes(units), scores: findScores(units), needled,
  };
}
