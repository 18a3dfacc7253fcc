import type { SpinalLevel } from '../../lexicon/places';
import type { Region } from '../../vocab/types';

export type ConsentStatus = 'given' | 'refused' | 'withdrawn' | 'pending' | 'blank';
export type AftercareStatus = 'given' | 'deferred' | 'blank';

export interface Statement<S extends string> {
  /** Index of the unit, or -1 for front matter. */
  unit: number;
  start: number;
  end: number;
  status: S;
  /** The statement's text together with the lines under its heading or bullet. */
  text: string;
}

/** What a refusal covers when it is about one area or some muscles only ("declined needling of the neck"). */
export type ConsentScope =
  | { kind: 'area'; regions: readonly Region[]; level?: SpinalLevel }
  | { kind: 'muscles'; ids: readonly string[] };

export interface ConsentStatement extends Statement<ConsentStatus> {
  /** Present for a refusal of part of the treatment: it matters only if that part was needled. */
  scope?: ConsentScope;
}

export interface NeedleCount {
  unit: number;
  start: number;
  end: number;
  inserted?: number;
  removed?: number;
  /** "All needles removed", "count correct", "no needles retained". */
  allRemoved: boolean;
  /** "One needle unaccounted for", "all but one removed": how many are said to be missing. */
  missing?: number;
  /** The line explains a difference between the numbers: "1 found on the table". */
  accountedFor: boolean;
}
