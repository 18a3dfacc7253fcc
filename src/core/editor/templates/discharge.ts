// The last visit of an episode: the course summarised against the baseline, goals met or not,
// why care ends and what the patient continues with. No needling block: if the patient is
// needled on the day, Insert Needling Record adds it (and the linter asks for consent and aftercare).
import { billing, frontMatter } from './blocks';
import type { NoteTemplate } from './types';

export const discharge: NoteTemplate = {
  id: 'discharge',
  name: 'Discharge',
  description: 'end of the episode: outcome against baseline, goals, reason for discharge, HEP',
  text: [
    ...frontMatter('discharge'),
    '# Discharge summary',
    '',
    '## Subjective',
    '',
    '${cursor}‹how the patient is now, function, what they can do›',
    'Pain: NPRS ‹score›/10 today.',
    'Outcome measure at discharge: ‹measure and score› (baseline ‹score› on ‹date›).',
    '',
    '## Objective',
    '',
    '‹final examination: range of motion, strength, tests›',
    '',
    '## Assessment',
    '',
    'Course of care: ‹number› visits from ‹first date› to ‹last date›.',
    'Goals: ‹each goal: met, partly met or not met›',
    '‹clinical summary and prognosis›',
    '',
    '## Plan',
    '',
    'Reason for discharge: ‹goals met|plateau|patient choice|referred on|other›.',
    'Home exercise programme: ‹what the patient continues on their own›.',
    'Return if: ‹when the patient should come back or seek care›.',
    '',
    ...billing('codes for today\'s visit'),
    '',
  ].join('\n'),
};
