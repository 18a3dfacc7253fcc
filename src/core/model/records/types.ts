import type { AbdominalPlace, SpinalLevel } from '../../lexicon/places';
import type { GroupTerm, Muscle } from '../../vocab/types';
import type { NeedleToken, Side } from '../tokens';

/** What a record says about the needling itself. */
export interface Details {
  needle?: NeedleToken;
  /** Needles used in this muscle ("x2 needles", a count column). */
  needles?: number;
  techniques: string[];
  twitch?: { present: boolean; count?: number };
  /** Referred, familiar, recognised or concordant pain. */
  referral: boolean;
  /** "Tolerated well", "stopped early", vasovagal: how the patient took it. */
  tolerance: boolean;
  /** "No response", a jump sign, fasciculation. */
  otherResponse: boolean;
}

/** Why the muscle counts as needled today. */
export type Evidence =
  | 'table-row' // a row of a needling table
  | 'dose' // a needle size or count of its own
  | 'response' // a twitch, or a referral under needling
  | 'technique' // a technique only a needle does
  | 'verb' // a needling word governs it ("DN to R UT")
  | 'lead-in'; // it sits under a needling lead-in, parent item or heading

interface RecordBase extends Details {
  /** Index of the unit (table row, list item or line) holding the muscle. */
  unit: number;
  /** Offsets of the muscle as written. */
  start: number;
  end: number;
  written: string;
  side?: Side;
  /** "B/L" reads as bilateral to some and as "below left" to others. */
  sideAmbiguous?: boolean;
  /** Offset where a side can be inserted (just before the muscle). */
  sideInsertAt: number;
  /** Offset of an empty Side table cell, where a side goes instead. */
  sideCellAt?: number;
  evidence: Evidence;
  /** Unit index of the needling lead-in or heading the record sits under, if any. */
  host?: number;
  /** For muscles along the spine: the level the note places them at, if any. */
  level?: SpinalLevel;
  /** For the abdominal wall: whether the note places it over the ribs or below them, if it says. */
  abdominalPlace?: AbdominalPlace;
}

export interface MuscleRecord extends RecordBase {
  kind: 'muscle';
  muscle: Muscle;
}

/** A token that names several muscles ("TA", "GM"). */
export interface AmbiguousRecord extends RecordBase {
  kind: 'ambiguous';
  candidates: Muscle[];
  muscle?: undefined;
}

/** A group or region ("paraspinals", "glutes"). */
export interface GroupRecord extends RecordBase {
  kind: 'group';
  group: GroupTerm;
  muscle?: undefined;
}

/** A name the vocabulary does not know, usually misspelt. */
export interface UnknownRecord extends RecordBase {
  kind: 'unknown';
  /** Close vocabulary entries, best first. */
  suggestions: Muscle[];
  /** The one muscle the name is clearly a misspelling of; billing counts the record as it. */
  likely?: Muscle;
  /** The clinic vocabulary lists the name (`vocabulary.terms`): a record, never a finding. */
  known?: boolean;
  muscle?: undefined;
}

/** One needled muscle as written in a table row, a list item or a sentence. */
export type NeedlingRecord = MuscleRecord | AmbiguousRecord | GroupRecord | UnknownRecord;

/** Why a named muscle is not a needling record. */
export type ContextReason =
  | 'subjective' | 'assessment' | 'plan' | 'past' | 'not-done' | 'exam' | 'other-treatment' | 'injection' | 'symptom' | 'landmark'
  | 'guidance' | 'statement' | 'title' | 'lead-in' | 'repeat' | 'no-evidence';

/** A muscle named in the note that was not needled here: what the record model calls context. */
export interface ContextMention {
  unit: number;
  start: number;
  end: number;
  written: string;
  muscle?: Muscle;
  reason: ContextReason;
}

/** The muscle a record counts as: its own, or the one a misspelling clearly means. */
export const muscleOf = (r: NeedlingRecord): Muscle | undefined => (r.kind === 'muscle' ? r.muscle : r.kind === 'unknown' ? r.likely : undefined);
