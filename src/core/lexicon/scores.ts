// Words that make a bare "n/10" a pain rating ("LBP was 11/10 Saturday", "worst 8/10"): without
// one of them nearby, "11/10" is as likely a date.
import { words } from './pattern';

export const PAIN_RATING_CONTEXT: readonly string[] = [
  'pain', 'NPRS', 'NPS', 'NRS', 'VAS', 'PNS', 'sore', 'soreness', 'ache', 'aching', 'hurt', 'hurts', 'discomfort', 'symptom', 'symptoms',
  'HA', 'headache', 'headaches', 'migraine', 'LBP', 'p!',
  'rated', 'rates', 'worst', 'best', 'at rest', 'intensity', 'severity',
];

export const painRatingContextRe = words(PAIN_RATING_CONTEXT);
