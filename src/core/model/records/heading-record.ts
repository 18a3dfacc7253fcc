// One heading per needled muscle ("### L QL", "#### Infraspinatus R") with its needle, technique
// and response written beneath: the heading is the record and the lines under it are its details.
import { spinalLevelWordsRe } from '../../lexicon/places';
import { SIDE_SOURCE } from '../../lexicon/sides';
import { notDoneRe, pastRe, plannedRe } from '../../lexicon/status';
import type { MuscleMention } from '../../vocab';
import type { Unit } from '../units';
import { detailsOf, hasDose, hasStrongDetail } from './details';
import { assignSides } from './sides';
import type { Evidence, NeedlingRecord } from './types';
import { findTwitches } from '../tokens';

/** Words a muscle heading may hold besides the muscle: side, level, part of the muscle. */
const PART_OF_MUSCLE = String.raw`fib(?:re|er)s?|belly|portion|part|region|muscle|TrPs?|trigger\s+points?`;
const WHERE_IN_MUSCLE = 'upper|lower|middle|mid|medial|lateral|anterior|posterior|superficial|deep|at|and|of|the';
const nameOnlyRe = new RegExp(String.raw`\b(?:${SIDE_SOURCE}|side|[CTLS]\d{1,2}(?:\s*[-/–]\s*[CTLS]?\d{1,2})?|${PART_OF_MUSCLE}|${WHERE_IN_MUSCLE})\b`, 'gi');

/** The heading names one muscle and little else. */
function namesOnlyTheMuscle(text: string, m: MuscleMention): boolean {
  const rest = (text.slice(0, m.start) + ' ' + text.slice(m.end)).replace(/^#+/, '').replace(nameOnlyRe, ' ').replace(spinalLevelWordsRe, ' ').replace(/[\s*_:()[\]\-–—.,#/\d]+/g, ' ').trim();
  return rest.split(' ').filter(Boolean).length <= 1;
}

/**
 * The record a muscle heading holds, with what its body says, or undefined when the heading is
 * a region or a title. `body` lists the units under the heading, up to the next heading.
 */
export function headingRecord(u: Unit, i: number, mentions: readonly MuscleMention[], body: readonly Unit[], bodyMentions: number): NeedlingRecord | undefined {
  if (mentions.length !== 1 || bodyMentions > 0 || !body.length) return undefined;
  const m = mentions[0];
  if (!namesOnlyTheMuscle(u.text, m)) return undefined;
  const text = body.map((b) => b.text).join(' \n ');
  if (!hasStrongDetail(text) || plannedRe.test(text) || notDoneRe.test(text) || pastRe.test(text)) return undefined;
  const evidence: Evidence = hasDose(text) ? 'dose' : findTwitches(text).length ? 'response' : 'technique';
  const side = assignSides(u.text, [m])[0];
  const base = {
    unit: i, start: u.start + m.start, end: u.start + m.end, evidence, sideInsertAt: u.start + m.start, ...detailsOf(text),
    side: side?.side, sideAmbiguous: side?.ambiguous, written: m.text,
  };
  if (m.kind === 'muscle') return { ...base, kind: 'muscle', muscle: m.muscle! };
  if (m.kind === 'group') return { ...base, kind: 'group', group: m.group! };
  return { ...base, kind: 'ambiguous', candidates: m.candidates ?? [] };
}
