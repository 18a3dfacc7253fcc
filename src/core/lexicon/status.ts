// Words that place what a line says outside today's treatment: planned, not done, in the past;
// and the words that bring it back to today.
import { AFTER, alternation, BEFORE, words } from './pattern';
import { NEEDLING_NAMES } from './needling-names';
import { NEXT_VISIT_TERMS } from './time';
import { UNWILLING_TERMS } from './negation';

/** Plans and possibilities: "next visit", "consider", "will". */
export const PLANNED_TERMS: readonly string[] = [
  ...NEXT_VISIT_TERMS, 'NV', 'at NV',
  'will', 'plan to', 'plan for', 'plans to', 'plans for', 'planned', 'planning', 'consider', 'considering', 'to consider', 'to be', 'may', 'might', 'would', 'could',
  'if', 'trial of', 'candidate for', 'f/u', 'follow up', 'follow-up', 'continue', 'cont', 'going forward', 'in future', 'future',
  'discussed', 'talked through', 'talked about', 'option', 'options', 'educated on', 'recommend', 'recommended', 'possibly', 'potential', 'pending', 'to trial', 'reassess', 're-assess',
  // Offered is not given: "DN to R UT offered; pt declined today".
  'offered', 'offer', 're-offer', 're-offered',
  // Taken up again later: "resume DN R UT only after clearance" (not "resumed", which is done).
  'resume', 'restart', 'recommence', 'reinstate',
];

/** Done as the plan said, not planned: "DN to R UT as planned". */
export const AS_PLANNED_TERMS: readonly string[] = ['as planned', 'per plan', 'as per plan', 'per POC', 'as per POC', 'as per the plan'];
export const asPlannedRe = words(AS_PLANNED_TERMS, { global: true });

/** Needling that did not happen: "declined", "deferred", "not performed". */
export const NOT_DONE_TERMS: readonly string[] = [
  'declined', 'refused', 'deferred', 'withheld', 'held today',
  // "DN held", and the verb before it: "Held DN to L lumbar multifidus today: want to review MRI first".
  ...NEEDLING_NAMES.flatMap((name) => [`${name} held`, `held ${name}`]), 'held due', 'held d/t', 'held 2/2', 'held secondary',
  'held pending', 'held until', 'held given', 'held because', 'held this visit', 'held off', 'holding off', 'hold off', 'on hold',
  'not performed', 'not done', 'not needled', 'not tolerated today',
  // Needling itself negated: "No DN today", "Not needling today – clinic policy before a flight".
  ...NEEDLING_NAMES.flatMap((name) => [`no ${name}`, `not ${name}`]), 'DN not', 'needling not', 'dry needling not', 'contraindicated', 'cancelled', 'canceled', 'postponed', 'omitted', 'skipped', 'not today',
  'did not needle', 'unable to needle', 'decided against', 'decided not to', 'chose not to', 'opted not to', 'elected not to',
  // Something else done in its place: "I stretched it rather than needling it".
  'rather than needling', 'rather than needle', 'rather than DN', 'instead of needling', 'instead of DN', 'instead of dry needling',
  // A plan told in the past, which the visit did not carry out: "TDN held today. Plan was L VL and VMO, 0.30x40mm. No needles used."
  'plan was', 'the plan was', 'had planned', 'had been planned', 'was going to', 'were going to', 'had intended', 'had meant to',
  // Time ran short: "R levator scapulae - ran out of time".
  'ran out of time', 'out of time', 'time ran out', 'not enough time', 'insufficient time', 'lack of time', 'no time today', 'no time left',
  ...UNWILLING_TERMS, 'said no to', 'no needles today', 'not indicated', 'not appropriate', 'not attempted',
];

/** Earlier visits: "last session", "previously". */
export const PAST_TERMS: readonly string[] = [
  'previous', 'previously', 'prev', 'prior', 'last visit', 'last session', 'last time', 'last week', 'last wk', 'last sess', 'last Rx', 'last consult',
  'last review', 'last tx', 'last treatment', 'last appt', 'last appointment',
  'hx of', 'history of', 'in the past', 'since', 'after last', 'after previous', 'at last visit', 'at IE', 'initial eval', 'initial evaluation', 'ago', 'earlier visit',
];

/** Words that say it was done. */
export const DONE_TERMS: readonly string[] = ['performed', 'completed', 'done', 'needled', 'administered', 'provided', 'delivered', 'carried out', 'applied'];

/** Words that say it happened in this visit. */
export const TODAY_TERMS: readonly string[] = [...DONE_TERMS, 'today', 'this visit', 'this session', 'tx today'];

/** Needling as what a message or a talk was about, not needling done: "message to PCP re risk/benefit of DN to L TFL". */
export const TOPIC_TERMS: readonly string[] = ['re', 'regarding', 'about', 'concerning', 'as regards', 'in regard to', 'with regard to', 'questions on'];
/** A topic word, then at most three words: what follows is what the message was about. */
export const TOPIC_SOURCE = `${BEFORE}(?:${alternation(TOPIC_TERMS)})[:\\s]+(?:[\\p{L}/&'-]+\\s+){0,3}`;
/** … right before a needling word. */
export const topicBeforeRe = new RegExp(`${TOPIC_SOURCE}$`, 'iu');

export const plannedRe = words(PLANNED_TERMS);
export const notDoneRe = words(NOT_DONE_TERMS);
export const unwillingRe = words(UNWILLING_TERMS);
export const pastRe = words(PAST_TERMS);
export const todayRe = words(TODAY_TERMS);

/** Words that make what follows a condition still to be met: "once pt agrees", "if GP agrees", "if today's soreness stays mild". */
export const CONDITION_TERMS: readonly string[] = ['once', 'if', 'when', 'until', 'unless'];
/** A condition, from its word to the next comma or semicolon: a "today" inside it is the condition's, not the treatment's. */
const conditionSpanRe = new RegExp(`${BEFORE}(?:${alternation(CONDITION_TERMS)})${AFTER}[^,;]*`, 'giu');
/** Says today's treatment outside any condition: "DN R UT today", not "May add R LS next time if today's soreness stays mild". */
export const saysTodayOutsideCondition = (text: string): boolean => todayRe.test(text) && todayRe.test(text.replace(conditionSpanRe, ' '));
export const doneRe = words(DONE_TERMS);
