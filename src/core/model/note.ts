import type { MuscleMention, Vocabulary } from '../vocab';
import { LineIndex } from '../parse/line-index';
import { parseMarkdown } from '../parse/markdown';
import { findCptCodes, findIcdCodes, findScores, type CodeMention, type Score } from './codes';
import { parseFrontMatter, type FrontMatter } from './front-matter';
import { findRecords, type ContextMention, type NeedlingRecord } from './records';
import { findSections, type Section } from './sections';
import {
  findAftercare, findConsent, findNeedleCounts, findRiskDisclosures, type AftercareStatus, type ConsentStatement, type NeedleCount, type RiskDisclosure, type Statement,
} from './statements';
import { needlingTermRe } from '../lexicon/needling';
import { spinalLevels, type SpinalLevel } from '../lexicon/places';
import { readableText } from '../util/readable-text';
import { doneRe, notDoneRe, pastRe, plannedRe, todayRe } from '../lexicon/status';
import { scanUnits, type HtmlComment, type Unit } from './units';
import { nonMuscleAbbreviations } from './legend';
import { closeStatementHeadings } from './statement-headings';
import { untickedItem } from './statements/blocks';

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
  /** Code and HTML blocks, [start, end) offsets: Markdown inserted there would not render. */
  opaque: Array<[number, number]>;
  /** Code blocks and raw HTML content (script, style, pre): text that is not the clinician's statements. */
  unread: Array<[number, number]>;
  /** Fenced code blocks that are never closed, [start, end) of the opening fence. */
  unclosedFences: Array<{ start: number; end: number }>;
  /** Muscle mentions per unit (same index as units). */
  mentions: MuscleMention[][];
  records: NeedlingRecord[];
  /** Muscles the note names that were not needled here (examined, planned, symptoms…), with the reason. */
  context: ContextMention[];
  consent: ConsentStatement[];
  aftercare: Statement<AftercareStatus>[];
  /** Sentences that put the risks to the patient, wherever they stand (read on demand). */
  readonly riskDisclosures: RiskDisclosure[];
  needleCounts: NeedleCount[];
  cpt: CodeMention[];
  icd: CodeMention[];
  scores: Score[];
  /** True when the note records needling done in this visit. */
  needled: boolean;
  /** The part of the spine the note is about, when it names only one ("LBP", "L4-5" and nothing thoracic). */
  spinalRegion?: SpinalLevel;
}

/** The one spinal region a note speaks of, from the levels and region words its lines name. */
function spinalRegionOf(units: readonly Unit[]): SpinalLevel | undefined {
  const seen = new Set<SpinalLevel>();
  for (const u of units) {
    for (const level of spinalLevels(u.text)) if (level !== 'cervical') seen.add(level);
    if (seen.size > 1) return undefined;
  }
  return seen.size === 1 ? [...seen][0] : undefined;
}

/**
 * A line that says needling was done today without naming a muscle ("DN performed as above"). In a
 * note that says needling was held, "today" alone is not enough ("A: bleeding risk outweighs the
 * benefit of needling today"): the line must say it was done.
 */
function recordsNeedling(u: Unit, i: number, sections: Section[], heldToday: boolean): boolean {
  const section = u.section >= 0 ? sections[u.section] : undefined;
  // The plan and the patient's report ("S: bruised after DN last wk") tell of other visits. (A line
  // after a one-line "S:" may be anything, so only the report on the label's own line is left out.)
  if (section?.kind === 'plan' || (section?.kind === 'subjective' && section.firstUnit === i)) return false;
  // "- [ ] Needling performed today": a checklist item nobody ticked says it was not done.
  if (untickedItem(u.text)) return false;
  return needlingTermRe.test(u.text) && (heldToday ? doneRe : todayRe).test(u.text) && !plannedRe.test(u.text) && !notDoneRe.test(u.text) && !pastRe.test(u.text);
}

export function buildNote(rawText: string, vocab: Vocabulary): Note {
  const text = rawText;
  const lines = new LineIndex(text);
  const tree = parseMarkdown(text);
  // The readers see pasted non-breaking spaces as spaces and `__bold__` as `**bold**`; `text` stays as written.
  const scan = scanUnits(readableText(text), tree);
  let frontMatter: FrontMatter | undefined;
  if (scan.frontMatter) {
    const { value, start, end } = scan.frontMatter;
    const valueStart = text.indexOf(value, start);
    frontMatter = parseFrontMatter(value, start, end, valueStart >= 0 ? valueStart : start);
  }
  const units = scan.units;
  closeStatementHeadings(units);
  const sections = findSections(units);
  const notMuscles = nonMuscleAbbreviations(units, vocab);
  const mentions = units.map((u) => (u.kind === 'row' ? [] : vocab.scanMuscles(u.text).filter((m) => !notMuscles.has(m.text))));
  const { records, context } = findRecords(units, sections, vocab, mentions);
  const fm = frontMatter?.data;
  const heldToday = records.length === 0 && units.some((u) => needlingTermRe.test(u.text) && notDoneRe.test(u.text));
  const needled = records.length > 0 || units.some((u, i) => recordsNeedling(u, i, sections, heldToday));
  let region: { value?: SpinalLevel } | undefined;
  let disclosures: RiskDisclosure[] | undefined;
  // A line that goes on from the Subjective into later sections ("Subjective: …, on examination: …, plan: …", dictated
  // as one paragraph) is not the patient's report throughout.
  const inSubjective = (u: Unit) => u.section >= 0 && sections[u.section].kind === 'subjective' && !u.midSections?.length;
  return {
    text, lines, eol: /\r\n/.test(text) ? '\r\n' : '\n', frontMatter, units, sections, comments: scan.comments, opaque: scan.opaque, unread: scan.unread, unclosedFences: scan.unclosedFences, mentions, records, context,
    consent: findConsent(units, vocab, fm, inSubjective), aftercare: findAftercare(units, fm, inSubjective), needleCounts: findNeedleCounts(units),
    cpt: findCptCodes(units), icd: findIcdCodes(units), scores: findScores(units), needled,
    // Read on demand: only a muscle over the lung asks for them.
    get riskDisclosures() {
      return (disclosures ??= findRiskDisclosures(units, inSubjective));
    },
    // Read on demand: only a spine-long muscle with no level of its own asks for it.
    get spinalRegion() {
      return (region ??= { value: spinalRegionOf(units) }).value;
    },
  };
}
