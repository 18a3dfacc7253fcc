// What the patient's tissue or the patient did when needled: referral and recognition,
// tolerance, other responses. Twitch responses are read by model/tokens.ts (counts and signs).
import { responses } from '../vocab/responses';
import { words } from './pattern';

const named = (kind: string) => responses.filter((r) => r.kind === kind).flatMap((r) => [r.name, ...r.aliases]);

export const REFERRAL_TERMS: readonly string[] = [
  ...named('referral'), 'referr*', 'refers', 'refer', 'radiat*', 'reproduc*', 'recogni*', 'familiar', 'concordant', 'spread*', 'jump sign',
];

export const TOLERANCE_TERMS: readonly string[] = [
  ...named('tolerance'), 'tolerat*', 'well tolerated', 'tol well', 'stopped early', 'vasovagal', 'presyncop*', 'syncop*', 'felt faint', 'no adverse*', 'no AE', 'no AEs',
  'AE nil', 'AE none', 'without incident', 'without complication', 'without complications', 'no complications', 'uneventful', 'no issues', 'handled well', 'coped well',
];

export const OTHER_RESPONSE_TERMS: readonly string[] = ['no response', 'nil response', 'no reaction', 'fasciculation', 'fasciculations', 'jump sign', 'cramp*'];

export const referralRe = words(REFERRAL_TERMS);
export const toleranceRe = words(TOLERANCE_TERMS);
export const otherResponseRe = words(OTHER_RESPONSE_TERMS);
