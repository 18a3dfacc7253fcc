// Words of the needle count: how many went in and came out, all removed, one missing.
import { words } from './pattern';

/** The difference between in and out is explained: where the needle was found. */
export const ACCOUNTED_TERMS: readonly string[] = [
  'found', 'located', 'retrieved', 'recovered', 'accounted for', 'dropped', 'unused', 'not inserted', 'not used', 'discarded before', 'on the table', 'on the floor',
  'on the plinth', 'on the couch', 'in the sharps', 'bent and discarded',
];

/** A needle is said to be missing. */
export const MISSING_TERMS: readonly string[] = ['unaccounted', 'unaccounted for', 'missing', 'not found', 'not located', 'lost', 'cannot be found', 'could not be found', 'not retrieved'];

export const accountedRe = words(ACCOUNTED_TERMS);
export const missingRe = words(MISSING_TERMS);
