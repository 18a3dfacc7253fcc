// Words that make a bare "n/10" a pain rating ("LBP was 11/10 Saturday", "worst 8/10"): without
// one of them nearby, "11/10" is as likely a date.
import { outcomeMeasures } from '../vocab/outcomes';
import { MINUTES_COLUMN_TERMS } from './columns';
import { AFTER, alternation, BEFORE, words } from './pattern';
import { HOUR_DAY_UNITS } from './time';

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
/** Blood pressure, which a note writes as "160/100" beside a headache: a bare "n/100" after these words is a reading, not a VAS. */
const BLOOD_PRESSURE_TERMS: readonly string[] = ['BP', 'B/P', 'blood pressure', 'systolic', 'diastolic', 'hypertension', 'hypertensive', 'HTN'];
/** A blood-pressure word earlier in the same clause, a few words before the number ("BP over clinic DN limit (160/100)"). */
export const bloodPressureBeforeRe = new RegExp(`${BEFORE}(?:${alternation(BLOOD_PRESSURE_TERMS)})${AFTER}[^.;\\n]{0,40}$`, 'i');
/** The unit of a blood-pressure reading right after the number: "150/100 mmHg". */
export const mmHgAfterRe = /^\s*mm\s*Hg\b/i;

/**
 * "at" before one of those words names a moment, not a date, and the number after it is the rating
 * of that moment ("pain at time of injury 11/10", "worst at onset 9/10", "at last visit 5/10").
 */
const AT_MOMENT_TERMS: readonly string[] = ['at', 'at the', 'at time of', 'at the time of', 'at the moment of', 'at point of', 'at the point of'];
export const dateBeforeRatingRe = new RegExp(
  `${BEFORE}(?<!${BEFORE}(?:${alternation(AT_MOMENT_TERMS)})\\s+)(?:${alternation(DATE_WORDS_BEFORE_RATING)})\\s*[:#]?\\s*$`,
  'i',
);

/**
 * Outcome questionnaires read as a number after their name ("NDI 18/50", "Oswestry 42%"), from the typed
 * vocabulary. Pain scales have their own reading (a range, arrows, "/10"); the pressure threshold is a
 * measurement; "NDI %" is NDI with a per cent sign.
 */
const QUESTIONNAIRES = outcomeMeasures.filter((m) => !['nprs', 'vas', 'ppt', 'ndi-percent'].includes(m.id));
const nameKey = (name: string) => name.toLowerCase().replace(/[\s*_-]+/g, ' ');
const questionnaireByName = new Map(QUESTIONNAIRES.flatMap((m) => [m.name, ...m.aliases].map((n) => [nameKey(n), m.id] as const)));
/** The questionnaire a name as written stands for ("Quick DASH" → quickdash). */
export const questionnaireId = (written: string): string | undefined => questionnaireByName.get(nameKey(written));
/** A questionnaire's name as a capture group. */
export const QUESTIONNAIRE_SOURCE = `${BEFORE}(${alternation(QUESTIONNAIRES.flatMap((m) => [m.name, ...m.aliases]))})${AFTER}`;
/** Words that join a questionnaire's name to its score in a sentence: "Her LEFS today is 84/80", "ODI was 38%". */
export const SCORE_LINK_TERMS: readonly string[] = ['is', 'was', 'now', 'currently', 'of'];
/** A questionnaire's name opening a table row's label ("| LEFS | 82/80 |", "| PSFS – stairs | 3/10 |"). */
export const questionnaireLabelRe = new RegExp(`^[\\s*_]*${QUESTIONNAIRE_SOURCE}`, 'i');
/** Questionnaires scored out of 10 per item ("PSFS: stairs 4/10"): a bare "n/10" in their sentence is theirs. */
export const tenPointQuestionnaireRe = new RegExp(
  `${BEFORE}(${alternation(QUESTIONNAIRES.filter((m) => m.max === 10).flatMap((m) => [m.name, ...m.aliases]))})${AFTER}`,
);

/**
 * Units that make a number after a questionnaire's name part of an activity, not its score ("PSFS: 12 hr shift 4/10",
 * "PSFS: 5 km run 6/10", "PSFS: 200 m free 7/10", "PSFS: 13 mi run", "30 min walk").
 */
export const QUANTITY_UNITS: readonly string[] = [
  ...HOUR_DAY_UNITS, ...MINUTES_COLUMN_TERMS, 'wk', 'wks', 'week', 'weeks', 'yr', 'yrs', 'year', 'years',
  'km', 'k', 'm', 'metre', 'meter', 'metres', 'meters', 'yd', 'yds', 'yards', 'ft', 'feet', 'laps', 'lengths', 'mi', 'mile', 'miles', 'steps', 'flights', 'stairs', 'blocks', 'reps', 'sets', 'kg', 'lb', 'lbs',
];
/** Just after a number: a unit of quantity, so the number is an amount. */
export const QUANTITY_AFTER_SOURCE = `\\s*-?\\s*(?:${alternation(QUANTITY_UNITS)})${AFTER}`;
