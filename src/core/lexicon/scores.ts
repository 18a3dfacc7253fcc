// Words that make a bare "n/10" a pain rating ("LBP was 11/10 Saturday", "worst 8/10"): without
// one of them nearby, "11/10" is as likely a date.
import { alternation, BEFORE, words } from './pattern';

export const PAIN_RATING_CONTEXT: readonly string[] = [
  'pain', 'NPRS', 'NPS', 'NRS', 'VAS', 'PNS', 'sore', 'soreness', 'ache', 'aching', 'hurt', 'hurts', 'discomfort', 'symptom', 'symptoms',
  'HA', 'headache', 'headaches', 'migraine', 'LBP', 'p!',
  'rated', 'rates', 'worst', 'best', 'at rest', 'intensity', 'severity',
];

export const painRatingContextRe = words(PAIN_RATING_CONTEXT);

/** Words right before an "n/10" that make it a date ("since 11/10", "DOS 12/10", "seen 3/10"). */
export const DATE_WORDS_BEFORE_RATING: readonly string[] = [
  'on', 'since', 'from', 'until', 'till', 'by', 'before', 'after', 'as of', 'date', 'dated', 'DOS', 'DOB', 'DOI', 'appt', 'appointment', 'visit', 'seen',
  'f/u', 'follow up', 'follow-up', 'followup', 're-eval*', 'reeval*', 'started', 'starting', 'began', 'onset', 'injury', 'surgery', 'effective', 'scheduled',
  'next', 'last', 'week of',
];
export const dateBeforeRatingRe = new RegExp(`${BEFORE}(?:${alternation(DATE_WORDS_BEFORE_RATING)})\\s*[:#]?\\s*$`, 'i');
