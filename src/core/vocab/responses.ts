// Responses to needling and trigger-point findings as they appear in notes (brief §7.1, §7.2, §13.2).
// Familiar/concordant pain sits with referral: both describe pain the needle reproduced.

import type { ResponseTerm } from './types';

export const responses: readonly ResponseTerm[] = [
  { id: 'ltr-positive', name: 'local twitch response', aliases: ['LTR', 'LTR+', '+LTR', 'LTRs', 'LTRs elicited', 'LTR elicited', 'twitch', 'twitches', 'twitch response', 'local twitch'], kind: 'twitch' },
  { id: 'ltr-negative', name: 'no local twitch response', aliases: ['no LTR', 'LTR-', 'LTR−', '-LTR', 'no twitch', 'no twitches', 'LTR absent'], kind: 'twitch' },
  { id: 'referred-pain', name: 'referred pain', aliases: ['referral', 'referred', 'ref pain', 'ref. pain', 'referred pain reproduced', 'referral pattern', 'ref to', 'ref into', "ref'd"], kind: 'referral' },
  { id: 'familiar-pain', name: 'familiar pain', aliases: ['concordant', 'concordant pain', 'familiar', 'recognised', 'recognized', 'recognised pain', 'recognized pain', 'reproduced symptoms', 'symptom reproduction', 'pain recognition'], kind: 'referral' },
  { id: 'jump-sign', name: 'jump sign', aliases: ['+ jump sign', 'positive jump sign', 'jump sign+'], kind: 'other' },
  { id: 'taut-band', name: 'taut band', aliases: ['TB', 'TB palpable', 'taut bands'], kind: 'other' },
  { id: 'spot-tenderness', name: 'spot tenderness', aliases: ['max tender point', 'tender spot', 'hypersensitive spot'], kind: 'other' },
  { id: 'no-response', name: 'no response', aliases: ['nil response', 'no reaction'], kind: 'other' },
  // Gunn's IMS sign: the muscle grips the needle as it shortens. IMS notes grade it (`grasp ++`);
  // the word alone is not enough ("pincer grasp" is a technique).
  {
    id: 'needle-grasp', name: 'needle grasp', kind: 'other',
    aliases: [
      'needle grab', 'needle grip', 'grabbing sensation', 'needle grasp felt', 'grasp +', 'grasp ++', 'grasp +++', 'grasp+', 'grasp++', 'grasp+++',
      '+ grasp', '++ grasp', 'no grasp', 'grasp present', 'grasp absent',
      // Graded in words, or told by its release ("strong grasp each level", "grasp, released quickly").
      'strong grasp', 'good grasp', 'firm grasp', 'marked grasp', 'definite grasp', 'mild grasp', 'moderate grasp', 'slight grasp', 'weak grasp', 'some grasp',
      'grasp, released', 'grasp released', 'grasp then released', 'grasp, let go', 'grasp noted', 'grasp felt', 'grasp obtained'],
  },
  // Acupuncture's needle sensation (an ache, heaviness or spreading the patient feels as the needle reaches depth), recorded
  // by clinics that needle in both traditions (batch 230's writers asked): a response the needle produced.
  { id: 'de-qi', name: 'de qi', aliases: ['deqi', 'de-qi', 'de qi sensation', 'de qi obtained', 'de qi achieved'], kind: 'other' },
  { id: 'tolerated', name: 'tolerated', aliases: ['tolerated well', 'well tolerated', 'tol well', 'pt tolerated', 'patient tolerated'], kind: 'tolerance' },
  { id: 'poorly-tolerated', name: 'poorly tolerated', aliases: ['not tolerated', 'tolerated poorly'], kind: 'tolerance' },
  { id: 'stopped-early', name: 'stopped early', aliases: ['discontinued', 'terminated early', 'session stopped', 'treatment stopped'], kind: 'tolerance' },
  { id: 'pain-during-needling', name: 'pain during needling', aliases: ['pain during DN', 'pain during treatment', 'needling pain'], kind: 'tolerance' },
  // How comfortable the patient was, as a statement of how the needling was taken ("comfortable throughout", "mild discomfort only").
  { id: 'comfortable', name: 'comfortable throughout', aliases: ['remained comfortable', 'comfortable during needling', 'comfortable during treatment', 'mild discomfort only', 'minimal discomfort only'], kind: 'tolerance' },
];
