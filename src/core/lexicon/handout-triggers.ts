// What in a note calls for a line of its own on the patient handout (part of the one lexicon):
// blood thinners (bruising, pressure), a faint or near-faint today (no driving), a first visit
// (what dry needling is), the next visit. The words live here as data; handout/triggers.ts reads
// notes with them.
import { NEGATION_TERMS } from './negation';
import { SPELLED_NUMBER_SOURCE } from './numbers';
import { WEEKDAY_SOURCE } from './time';

export type TriggerId = 'anticoagulants' | 'vasovagal' | 'firstVisit';

export interface TriggerSpec {
  id: TriggerId;
  /** What the trigger means, in plain words (docs, tests). */
  what: string;
  /** Phrases that set it, case-insensitive; a space also matches a hyphen or several spaces, a trailing plural "s" is optional. */
  phrases: readonly string[];
  /** Words that, earlier in the same clause, say the opposite ("no anticoagulants", "denies dizziness"). */
  negations: readonly string[];
  /** Words that, anywhere in the same sentence, show it is about risks or advice, not an event ("risks incl. fainting reviewed"). */
  notAnEvent?: readonly string[];
  /** Weaker phrases that count only when the same sentence ties them to the treatment ("light-headed after needling"). */
  weak?: { phrases: readonly string[]; context: readonly string[] };
  /** SOAP sections whose lines do not count: the history in Subjective is not today's reaction. */
  skipSections?: readonly ('subjective' | 'objective' | 'assessment' | 'plan')[];
}

/** A sentence that discloses risks or gives advice names a faint without one having happened. */
const RISK_TALK = ['risk', 'risks', 'consent', 'consented', 'possible', 'possibly', 'may', 'might', 'can', 'could', 'reviewed', 'discussed', 'explained',
  'educated', 'education', 'advised', 'advice', 'warned', 'informed', 'counselled', 'counseled', 'instructed', 'watch for', 'signs of', 'what to do',
  'in case', 'should', 'history of', 'hx of', 'prior', 'previous', 'previously', 'screen', 'screening', 'aftercare', 'expect', 'expected'];

/** Answers after a label that mean "none": "Anticoagulants: none", "blood thinners - no", "warfarin (-)". */
export const NONE_AFTER = /^\s*(?:[:=\-–—]\s*)?(?:none|no|nil|n\/a|na|neg(?:ative)?|denied|denies|not taking|nkda|\(-\)|-ve|x)\b|^\s*\(-\)/i;

const COMMON_NEGATIONS = [...NEGATION_TERMS, 'negative for', 'nor', 'neither', 'free of', 'ruled out', 'rule out', 'r/o', 'stopped', 'discontinued', 'off', 'held', 'if'];

export const triggerSpecs: readonly TriggerSpec[] = [
  {
    id: 'anticoagulants',
    what: 'The patient takes a blood thinner (anticoagulant or antiplatelet): bruising is more likely, so press on a bleeding spot longer.',
    phrases: [
      'anticoagulant', 'anticoagulated', 'anticoagulation', 'anti-coagulant', 'blood thinner', 'blood thinning medication', 'antiplatelet', 'anti-platelet',
      'DOAC', 'NOAC', 'warfarin', 'coumadin', 'apixaban', 'eliquis', 'rivaroxaban', 'xarelto', 'dabigatran', 'pradaxa', 'edoxaban', 'savaysa', 'lixiana',
      'heparin', 'enoxaparin', 'lovenox', 'clexane', 'dalteparin', 'fragmin', 'clopidogrel', 'plavix', 'ticagrelor', 'brilinta', 'prasugrel', 'effient',
      'dipyridamole', 'daily aspirin', 'low-dose aspirin', 'low dose aspirin', 'aspirin 75', 'aspirin 81', 'aspirin 100',
    ],
    negations: COMMON_NEGATIONS,
  },
  {
    id: 'vasovagal',
    what: 'The patient fainted, nearly fainted or felt light-headed during or after needling today: no driving today.',
    phrases: [
      'vasovagal', 'vaso-vagal', 'syncope', 'syncopal', 'presyncope', 'pre-syncope', 'presyncopal', 'near-syncope', 'near syncope', 'near-faint', 'near faint',
      'fainted', 'felt faint', 'feeling faint', 'became faint', 'pale and clammy', 'clammy and pale', 'passed out', 'lost consciousness',
    ],
    // Dizziness is also a neck patient's complaint and an exam finding: it counts only when tied to the treatment.
    weak: {
      phrases: ['fainting', 'faint', 'light-headed', 'lightheaded', 'light headed', 'lightheadedness', 'light-headedness', 'dizzy', 'dizziness', 'woozy'],
      context: ['needling', 'needled', 'needle', 'needles', 'DN', 'TDN', 'dry needling', 'treatment', 'tx', 'session', 'procedure', 'during', 'post', 'post-DN', 'post-tx', 'after'],
    },
    negations: COMMON_NEGATIONS,
    notAnEvent: RISK_TALK,
    skipSections: ['subjective'],
  },
  {
    id: 'firstVisit',
    what: 'This was the patient\'s first dry needling visit: the handout explains what dry needling is.',
    phrases: [
      'first visit', 'first session', 'first appointment', 'first treatment', 'first DN', 'first dry needling', 'first time dry needling',
      'first time having dry needling', 'first time with dry needling', 'first time DN', 'first exposure to dry needling', 'first exposure to DN',
      'initial visit', 'initial session', 'initial evaluation', 'initial eval', 'initial assessment', 'initial consultation', 'initial appointment',
      'new patient', 'new pt', 'needle naive', 'needle-naive', 'DN naive', 'DN-naive', 'naive to dry needling', 'naive to needling', 'naive to DN',
      'never had dry needling', 'never had DN', 'never had needling', 'no previous dry needling', 'no prior dry needling', 'no previous DN', 'no prior DN',
      'visit 1 of', 'visit #1', 'session 1 of', 'tx 1 of', 'treatment 1 of',
    ],
    // "since the first visit", "at her initial evaluation", "not his first session".
    negations: [
      'not', 'since', 'after', 'from', 'at the', 'at her', 'at his', 'at their', 'during the', 'during her', 'during his', 'on the',
      'compared to', 'compared with', 'vs', 'last', 'previous', 'prior', 'before',
    ],
  },
];

/** Labels that introduce the next visit, and the visit itself in the clinician's words. */
const NEXT_VISIT_LABEL = String.raw`(?:next (?:visit|session|appointment|appt|treatment|tx)|follow[- ]?up|f\/u|review(?:ed)?|re-?assess(?:ment)?|return(?: to clinic)?|RTC|see (?:again|pt|patient)|recheck|NV)`;
const UNIT = String.raw`(?:days?|d|weeks?|wks?|w|months?|mo)`;
const WHEN = String.raw`(?:in\s+)?(?:\d{1,2}(?:\s*[-–]\s*\d{1,2})?|${SPELLED_NUMBER_SOURCE})\s*${UNIT}\b|\d{4}-\d{2}-\d{2}|\d{1,2}\/\d{1,2}\/\d{2,4}|(?:next\s+)?${WEEKDAY_SOURCE}|tomorrow`;
export const nextVisitRe = new RegExp(String.raw`\b${NEXT_VISIT_LABEL}\b\s*(?:[:=\-–—]\s*|\s+(?:in|on|at)\s+|\s+)?(${WHEN})`, 'i');

