// Tokens that name different muscles (or non-muscle things) in different notes (brief §7.3).
// A linter must ask which one is meant instead of guessing, so none of these is any muscle's
// shorthand. "B/L" (bilateral vs below-left) is a side ambiguity and is handled elsewhere.

import type { AmbiguousToken } from './types';

const ADM = ['abductor-digiti-minimi-hand', 'abductor-digiti-minimi-foot'];

export const ambiguousTokens: readonly AmbiguousToken[] = [
  { token: 'TA', candidates: ['tibialis-anterior', 'transversus-abdominis'] },
  { token: 'TP', candidates: ['tibialis-posterior'], otherMeanings: ['trigger point', 'transverse process'] },
  { token: 'PT', candidates: ['pronator-teres', 'tibialis-posterior', 'fibularis-tertius'], otherMeanings: ['physical therapist', 'physical therapy'] },
  { token: 'PL', candidates: ['fibularis-longus', 'palmaris-longus'] },
  { token: 'GM', candidates: ['gluteus-medius', 'gluteus-maximus', 'medial-gastrocnemius'] },
  { token: 'SA', candidates: ['serratus-anterior', 'anterior-scalene'] },
  { token: 'RA', candidates: ['rectus-abdominis'], otherMeanings: ['rheumatoid arthritis'] },
  { token: 'IO', candidates: ['internal-oblique', 'obturator-internus', 'dorsal-interossei-hand', 'dorsal-interossei-foot'] },
  // ES names the erector-spinae group; listing its members makes the linter ask for the specific one.
  { token: 'ES', candidates: ['iliocostalis-lumborum', 'iliocostalis-thoracis', 'longissimus-thoracis', 'spinalis-thoracis'], otherMeanings: ['erector spinae (group)'] },
  { token: 'ST', candidates: ['semitendinosus'], otherMeanings: ['soft tissue'] },
  { token: 'SM', candidates: ['semimembranosus'], otherMeanings: ['soft tissue mobilisation'] },
  { token: 'LS', candidates: ['levator-scapulae'], otherMeanings: ['lumbosacral'] },
  { token: 'LT', candidates: ['lower-trapezius', 'longissimus-thoracis'], otherMeanings: ['left'] },
  { token: 'MT', candidates: ['middle-trapezius'], otherMeanings: ['metatarsal'] },
  { token: 'QF', candidates: ['quadratus-femoris'], otherMeanings: ['quadriceps femoris (group)'] },
  { token: 'PM', candidates: ['pectoralis-major', 'psoas-major'], otherMeanings: ['afternoon (p.m.)'] },
  { token: 'ADM', candidates: ADM },
  // Same hand/foot split under other spellings (brief §6.8, §6.14).
  { token: 'ADQ', candidates: ADM },
  { token: 'DI', candidates: ['dorsal-interossei-hand', 'dorsal-interossei-foot', 'first-dorsal-interosseous'] },
  { token: 'PI', candidates: ['palmar-interossei', 'plantar-interossei'] },
  { token: 'abductor digiti minimi', candidates: ADM },
  { token: 'abductor digiti quinti', candidates: ADM },
  { token: 'dorsal interossei', candidates: ['dorsal-interossei-hand', 'dorsal-interossei-foot'] },
  { token: 'lumbricals', candidates: ['lumbricals-hand', 'lumbricals-foot'] },
  { token: 'lumbrical', candidates: ['lumbricals-hand', 'lumbricals-foot'] },
  { token: 'flexor digiti minimi brevis', candidates: ['flexor-digiti-minimi-brevis-hand', 'flexor-digiti-minimi-brevis-foot'] },
];

/**
 * Abbreviations with a stable non-muscle meaning in DN notes (brief §7.4 plus common chart
 * shorthand). They must never become muscle shorthand, or every note would "mention" muscles.
 */
export const reservedAbbreviations: readonly string[] = [
  'DN', 'TDN', 'DDN', 'SDN', 'FDN', 'PDN', 'IMS', 'EDN', 'PENS', 'IMES', 'MTrP', 'TrP', 'LTR', 'PNS', 'PPT',
  'NPRS', 'NRS', 'VAS', 'ROM', 'AROM', 'PROM', 'TB', 'Tx', 'Pt', 'L', 'R', 'SL', 'HEP', 'AE', 'PTX', 'DCO',
  // Chart shorthand: emergency department/room, post-isometric relaxation, interphalangeal, operation.
  'ED', 'ER', 'PIR', 'IP', 'OP', 'IV',
  // Muscle abbreviations the brief flags as unsafe (§6: AS, AL, AM, OI, LA, PC) but lists no
  // muscle collision for; they read as ordinary words or other abbreviations, so they stay unmatched.
  'AS', 'AL', 'AM', 'OI', 'LA', 'PC',
];
