// Words of the needle count: how many went in and came out, all removed, one missing.
import { alternation, words } from './pattern';

/** The needles went in ("5 inserted", "used: 10"). A bare "in" is read only in a count's shape ("5 in / 5 out"). */
export const NEEDLE_IN_TERMS: readonly string[] = ['inserted', 'placed', 'used'];

/** The needles came out. A bare "out" is read only in a count's shape, like "in". */
export const NEEDLE_OUT_TERMS: readonly string[] = ['removed', 'withdrawn', 'retrieved', 'disposed of', 'disposed'];

/** Every needle, however many ("all removed", "both removed", "every needle removed"). */
export const EVERY_NEEDLE_TERMS: readonly string[] = ['all', 'both', 'every'];

/** The count was checked and came out right ("needle count correct", "count reconciled"). */
export const COUNT_CHECKED_TERMS: readonly string[] = ['correct', 'verified', 'reconciled', 'match', 'matched', 'complete'];

/** The count made, as a checklist records it ("needle count checked", "count done"): read after "count" only ("tolerated needles ok" is no count). */
export const COUNT_MADE_TERMS: readonly string[] = ['checked', 'done', 'confirmed', 'OK', 'ok'];

/** No needle stayed in ("no needles retained"). */
export const NONE_LEFT_TERMS: readonly string[] = ['retained', 'left', 'remaining', 'remain'];

/** The difference between in and out is explained: where the needle was found. */
export const ACCOUNTED_TERMS: readonly string[] = [
  'found', 'located', 'retrieved', 'recovered', 'accounted for', 'dropped', 'unused', 'not inserted', 'not used', 'discarded before', 'on the table', 'on the floor',
  'on the plinth', 'on the couch', 'in the sharps', 'bent and discarded',
];

/** A needle is said to be missing. */
export const MISSING_TERMS: readonly string[] = ['unaccounted', 'unaccounted for', 'missing', 'not found', 'not located', 'lost', 'cannot be found', 'could not be found', 'not retrieved'];

export const accountedRe = words(ACCOUNTED_TERMS);
export const missingRe = words(MISSING_TERMS);

// Sources for the count's grammar (model/statements/needle-count.ts), each list's words once.
export const IN_SOURCE = `(?:${alternation(NEEDLE_IN_TERMS)})`;
export const OUT_SOURCE = `(?:${alternation(NEEDLE_OUT_TERMS)})`;
export const COUNT_CHECKED_SOURCE = `(?:${alternation(COUNT_CHECKED_TERMS)})`;
export const COUNT_MADE_SOURCE = `(?:${alternation(COUNT_MADE_TERMS)})`;
export const NONE_LEFT_SOURCE = `(?:${alternation(NONE_LEFT_TERMS)})`;
export const MISSING_SOURCE = `(?:${alternation(MISSING_TERMS)})`;
export const EVERY_NEEDLE_SOURCE = `(?:${alternation(EVERY_NEEDLE_TERMS)})`;
