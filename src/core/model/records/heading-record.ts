// One heading per needled muscle ("### L QL", "#### Infraspinatus R") with its needle, technique
// and response written beneath: the heading is the record and the lines under it are its details.
import { spinalLevelWordsRe } from '../../lexicon/places';
import { SIDE_SOURCE } from '../../lexicon/sides';
import { notDoneRe, pastRe, plannedRe } from '../../lexicon/status';
import type { MuscleMention, Vocabulary } from '../../vocab';
import type { Muscle } from '../../vocab/types';
import type { Unit } from '../units';
import { detailsOf, hasDose, hasStrongDetail } from './details';
import { assignSides } from './sides';
import type { Evidence, NeedlingRecord } from './types';
import { findTwitches } from '../tokens';
import { likelyMuscle, unknownNames } from './unknown';

/** Words a muscle heading may hold besides the muscle: side, level, part of the muscle. */
const PART_OF_MUSCLE = String.raw`fib(?:re|er)s?|belly|portion|part|region|muscle|TrPs?|trigger\s+points?`;
const WHERE_IN_MUSCLE = 'upper|lower|middle|mid|medial|lateral|anterior|posterior|superficial|deep|at|and|of|the';
const nameOnlyRe = new RegExp(String.raw`\b(?:${SIDE_SOURCE}|side|[CTLS]\d{1,2}(?:\s*[-/–]\s*[CTLS]?\d{1,2})?|${PART_OF_MUSCLE}|${WHERE_IN_MUSCLE})\b`, 'gi');

/** The heading names one muscle and little else. */
function namesOnlyTheMuscle(text: string, m: { start: number; end: number }): boolean {
  const rest = (text.slice(0, m.start) + ' ' + text.slice(m.end)).replace(/^#+/, '').replace(nameOnlyRe, ' ').replace(spinalLevelWordsRe, ' ').replace(/[\s*_:()[\]\-–—.,#/\d]+/g, ' ').trim();
  return rest.split(' ').filter(Boolean).length <= 1;
}

/**
 * The record a muscle heading holds, with what its body says, or undefined when the heading is
 * a region or a title. `body` lists the units under the heading, up to the next heading.
 */
export function headingRecord(
  vocab: Vocabulary, u: Unit, i: number, mentions: readonly MuscleMention[], body: readonly Unit[], bodyMentions: number,
): NeedlingRecord | undefined {
  if (mentions.length > 1 || bodyMentions > 0 || !body.length) return undefined;
  // "### R Infraspinatous" over its needle and twitch: a misspelt name heads its record as a known one does.
  const m: MuscleMention | MisspeltName | undefined = mentions.length ? mentions[0] : misspeltName(vocab, u.text);
  if (!m || !namesOnlyTheMuscle(u.text, m)) return undefined;
  const text = body.map((b) => b.text).join(' \n ');
  if (!hasStrongDetail(text) || plannedRe.test(text) || notDoneRe.test(text) || pastRe.test(text)) return undefined;
  const evidence: Evidence = hasDose(text) ? 'dose' : findTwitches(text).length ? 'response' : 'technique';
  const side = assignSides(u.text, [m])[0];
  const base = {
    unit: i, start: u.start + m.start, end: u.start + m.end, evidence, sideInsertAt: u.start + m.start, ...detailsOf(text),
    side: side?.side, sideAmbiguous: side?.ambiguous, written: m.text,
  };
  if (m.kind === 'misspelt') {
    return { ...base, kind: 'unknown', suggestions: m.suggestions, likely: likelyMuscle(vocab, m.text, m.suggestions), known: vocab.isKnownTerm(m.text) || undefined };
  }
  if (m.kind === 'muscle') return { ...base, kind: 'muscle', muscle: m.muscle! };
  if (m.kind === 'group') return { ...base, kind: 'group', group: m.group! };
  return { ...base, kind: 'ambiguous', candidates: m.candidates ?? [] };
}

/** A heading's name the vocabulary does not know, with the muscles it is close to. */
type MisspeltName = { kind: 'misspelt'; start: number; end: number; text: string; suggestions: Muscle[] };

/** The one name a heading starts with, after its side, that the vocabulary does not know but a muscle's name is close to. */
function misspeltName(vocab: Vocabulary, heading: string): MisspeltName | undefined {
  const found = unknownNames(vocab, heading.replace(/^#+/, (h) => ' '.repeat(h.length)), [], true);
  return found.length === 1 ? { kind: 'misspelt', start: found[0].start, end: found[0].end, text: found[0].written, suggestions: found[0].suggestions } : undefined;
}
