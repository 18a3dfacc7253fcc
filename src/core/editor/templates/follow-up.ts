// A treatment visit after the first: what changed since the last visit, today's findings and
// needling, and progress towards the goals. (New Note from Last Visit builds the same visit with
// the patient's plan of care, goals, HEP and consent on file carried forward for confirming.)
import { AFTERCARE, billing, frontMatter, TREATMENT } from './blocks';
import type { NoteTemplate } from './types';

/** The parts of a follow-up written fresh at every visit (shared with New Note from Last Visit). */
export const FOLLOW_UP_SUBJECTIVE = [
  '## Subjective',
  '',
  'Since the last visit: ${cursor}‹how the patient has been, response to the last treatment›',
  'Soreness or reactions after the last needling: ‹none|what and how long›.',
  'Pain: NPRS ‹score›/10 today.',
  'Health and medication since the last visit: ‹no change|what changed›.',
];

export const FOLLOW_UP_OBJECTIVE_FINDINGS = ['## Objective', '', '‹findings today: range of motion, palpation, tests›'];
/** The assessment of a later visit, then the Plan heading: shared with New Note from Last Visit. */
export const FOLLOW_UP_ASSESSMENT = [
  '## Assessment',
  '',
  '‹progress towards the goals and the response to treatment›',
  'Post-treatment: ‹re-test after needling, e.g. pain or range of motion›.',
  '',
  '## Plan',
  '',
];

export const followUp: NoteTemplate = {
  id: 'follow-up',
  name: 'Follow-up visit',
  description: 'a later treatment visit: change since last time, findings, needling, progress',
  text: [
    ...frontMatter('follow-up'),
    '# Dry needling follow-up',
    '',
    ...FOLLOW_UP_SUBJECTIVE,
    '',
    ...FOLLOW_UP_OBJECTIVE_FINDINGS,
    '',
    ...TREATMENT,
    '',
    ...FOLLOW_UP_ASSESSMENT,
    ...AFTERCARE,
    'Home exercise programme: ‹continued, progressed or changed›.',
    'Next visit: ‹when, and what is planned›.',
    '',
    ...billing(),
    '',
  ].join('\n'),
};
