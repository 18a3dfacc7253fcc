// The default new note: a whole dry-needling treatment visit, every clinical statement a field.
import { AFTERCARE, billing, frontMatter, TREATMENT } from './blocks';
import type { NoteTemplate } from './types';

export const fullVisit: NoteTemplate = {
  id: 'visit',
  name: 'Visit note',
  description: 'the whole treatment visit: S, O with screening, consent and needling, A, P with aftercare, billing',
  text: [
    ...frontMatter('treatment'),
    '# Dry needling visit',
    '',
    '## Subjective',
    '',
    '${cursor}‹what the patient reports: symptoms, change since the last visit, function›',
    'Pain: NPRS ‹score›/10 today.',
    'Health and medication since the last visit: ‹no change|what changed›.',
    '',
    '## Objective',
    '',
    '‹findings: posture, range of motion, palpation, tests›',
    '',
    ...TREATMENT,
    '',
    '## Assessment',
    '',
    '‹clinical impression and the response to treatment›',
    'Post-treatment: ‹re-test after needling, e.g. pain or range of motion›.',
    '',
    '## Plan',
    '',
    ...AFTERCARE,
    'Home exercise programme: ‹exercises given or reviewed›.',
    'Next visit: ‹when, and what is planned›.',
    '',
    ...billing(),
    '',
  ].join('\n'),
};
