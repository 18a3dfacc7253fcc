// What the record reading shares across its steps: the note's units and sections, the muscles
// each line names, the scopes that govern each line, and blocks by id.
import type { MuscleMention, Vocabulary } from '../../vocab';
import type { Section } from '../sections';
import type { Unit } from '../units';
import type { Scopes } from './scope';
import { notDoneRe } from '../../lexicon/status';
import { clauseSpans } from '../clauses';
import { hasStrongDetail } from './details';
import { observesNeedling } from './mention-context';

export type SectionKind = 'subjective' | 'objective' | 'assessment' | 'plan' | 'other';

export interface Sources {
  units: readonly Unit[];
  sections: readonly Section[];
  vocab: Vocabulary;
  mentions: readonly MuscleMention[][];
  scopes: Scopes;
  byBlock: Map<number, number[]>;
  childBlocks: Map<number, number[]>;
  /** Units before this one may be the note's title lines: its first three, header fields (Patient:, DOB:, Clinician:) not counted, before any section. */
  titleZoneEnd: number;
  /** Sections (by index) with a line that names needling outside a plan. */
  sectionsNamingNeedling: Set<number>;
  /** Lines that are records or were taken in as details of one (continuations, child items): not session-wide statements. */
  absorbed: Set<number>;
  /** Sections (by index) asked so far whether a clause of theirs states what only needling done today can, and the answer. */
  observingSections: Map<number, boolean>;
}

export const sectionKindOf = (src: Sources, u: Unit): SectionKind => (u.section >= 0 ? src.sections[u.section].kind : 'other');

export function kindOfSection(src: Sources, index: number): SectionKind {
  const s = index >= 0 ? src.sections[index] : undefined;
  if (!s) return 'other';
  // "A/P" holds the plan too.
  return s.kind === 'assessment' && s.also?.includes('plan') ? 'plan' : s.kind;
}

/**
 * Whether a clause of section `index` states what only needling done today can (a twitch counted, the needles out); worked
 * out once per section, over that section's own units only, so a note of many visits stays linear.
 */
export function sectionObservesNeedling(src: Sources, index: number): boolean {
  let found = src.observingSections.get(index);
  const section = src.sections[index];
  if (found === undefined && section) {
    found = false;
    for (let j = section.firstUnit; j < section.endUnit && j < src.units.length; j++) {
      const u = src.units[j];
      if (u.section !== index || !hasStrongDetail(u.text)) continue;
      if (clauseSpans(u.text).some((sp) => observesNeedling(u.text.slice(sp.start, sp.end)) && !notDoneRe.test(u.text.slice(sp.start, sp.end)))) {
        found = true;
        break;
      }
    }
    src.observingSections.set(index, found);
  }
  return found ?? false;
}
