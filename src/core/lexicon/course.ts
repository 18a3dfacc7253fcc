// The course of care's word lists (part of the one lexicon): what makes a note an
// evaluation, a re-evaluation, a progress report, a recertification or a discharge; where an
// adverse event is recorded; which body regions a consent names. Kept together so a reader can
// check in one file what the reminders count as done.
import type { Region } from '../vocab/types';
import { NEGATION_TERMS } from './negation';
import { AFTER, alternation, BEFORE, words } from './pattern';

/** What a visit note is, besides a treatment note. */
export type VisitKind = 'evaluation' | 're-evaluation' | 'progress-report' | 'recertification' | 'discharge' | 'discharge-plan';

/**
 * Read in front matter values (`type:`, `note_type:`, `visit_type:`), headings and the label of a
 * labelled line ("Re-evaluation: …"); never in running text, where "re-eval next visit" is a plan.
 */
export const kindWords: ReadonlyArray<{ kind: VisitKind; re: RegExp }> = [
  { kind: 're-evaluation', re: /\b(?:re-?eval(?:uation)?|re-?exam(?:ination)?|formal re-?assessment|progress re-?evaluation)\b/i },
  { kind: 'evaluation', re: /\b(?:initial (?:eval(?:uation)?|assessment|exam(?:ination)?|visit|consult(?:ation)?)|IE)\b|(?<![\w-])(?:PT )?eval(?:uation)?\b/i },
  { kind: 'progress-report', re: /\b(?:progress report|progress summary|progress note|10th visit report|report of progress)\b/i },
  { kind: 'recertification', re: /\b(?:re-?cert(?:ification)?|plan of care (?:re-?certif\w*|update|renewal)|updated plan of care|POC (?:re-?cert\w*|update))\b/i },
  { kind: 'discharge', re: /\b(?:discharge(?! ?(?:plan|planned|criteria|goals?)\b)(?: summary| note| visit)?|D\/C (?:summary|note|visit))\b/i },
];

/** Front matter keys that say what kind of note it is. */
export const kindKeys = ['type', 'note_type', 'note-type', 'visit_type', 'visit-type', 'kind'];

/**
 * A discharge plan written anywhere in the note: "Discharge plan: …", "plan to discharge to HEP
 * after visit 8", "D/C to independent HEP next visit".
 */
const DISCHARGE_WORDS: readonly string[] = ['discharge', 'discharged'];
/** Places a patient is discharged from that are not this episode of care ("discharged from hospital"). */
const DISCHARGED_ELSEWHERE: readonly string[] = ['hospital', 'ED', 'the ED'];
/** What follows the shorthand "D/C" when it plans the discharge ("D/C to HEP", "D/C next visit"). */
const DC_PLAN_FOLLOWERS: readonly string[] = ['plan', 'to', 'after', 'next', 'at'];
export const dischargePlanRe = new RegExp(
  `${BEFORE}(?:(?:${alternation(DISCHARGE_WORDS)})${AFTER}(?!\\s+from\\s+(?:${alternation(DISCHARGED_ELSEWHERE)})${AFTER})|D\\/C\\s+(?:${alternation(DC_PLAN_FOLLOWERS)})${AFTER})`,
  'i',
);
/** "no discharge yet", "without a discharge": the discharge is denied, not planned. */
export const noDischargeRe = new RegExp(`${BEFORE}(?:${alternation([...NEGATION_TERMS, 'not yet'])})\\s+(?:a\\s+)?discharge${AFTER}`, 'i');

/**
 * Written-out recertification anywhere in the note. "Recert due" or "recertification needed" is a
 * plan, not a recertification, so a following "due|needed|pending|next" word rules it out.
 */
const PLAN_OF_CARE_TERMS: readonly string[] = ['plan of care', 'POC'];
const PLAN_RECERTIFIED_TERMS: readonly string[] = ['recertified', 're-certified', 'renewed', 'updated and signed', 'signed by'];
const RECERTIFICATION_TERMS: readonly string[] = ['recertification', 're-certification', 'recert'];
const RECERTIFICATION_DONE_TERMS: readonly string[] = ['signed', 'completed', 'obtained', 'received', 'done'];
export const recertifiedRe = new RegExp(
  `${BEFORE}(?:(?:${alternation(PLAN_OF_CARE_TERMS)})\\s+(?:was\\s+)?(?:${alternation(PLAN_RECERTIFIED_TERMS)})|(?:${alternation(RECERTIFICATION_TERMS)})\\s+(?:${alternation(RECERTIFICATION_DONE_TERMS)}))${AFTER}`,
  'i',
);

/** Where a line records adverse events: "AE: …", "Adverse events: …", "Complications: …", at its start or after a full stop. */
export const adverseLabelRe = /(?:^|[.;|]\s*)\W*(?:AEs?|adverse (?:events?|effects?|reactions?)|complications?|incidents?|untoward (?:events?|effects?))\b[^:.\n]{0,20}:/i;

/** A clause that says nothing happened: "none", "nil", "no adverse events", "denies". */
export const noEventRe = /^\s*(?:none|nil|nothing|n\/?a|no (?:adverse|AEs?\b|complications?|events?|issues|problems|reactions?)|denie[sd] any|not? (?:any|observed|noted|reported))(?![\w])/i;

/** A clause that negates the event it names: "no bleeding", "without bruising". */
export const negatedEventRe = new RegExp(`${BEFORE}(?:${alternation(NEGATION_TERMS)})\\s+(?:\\w+\\s+){0,2}$`);

/** Words a consent names a body region with; "all areas" covers every region. */
export const consentRegionWords: ReadonlyArray<{ region: Region; re: RegExp }> = [
  { region: 'head-face', re: /\b(?:head|face|facial|jaw|TMJ|temporomandibular)\b/i },
  { region: 'neck', re: /\b(?:neck|cervical)\b/i },
  { region: 'shoulder', re: /\b(?:shoulders?|scapula[re]?|shoulder girdle|upper back|upper quarter)\b/i },
  { region: 'arm', re: /\b(?:arms?|upper arms?|elbows?|upper (?:limbs?|extremit(?:y|ies)))\b/i },
  { region: 'forearm', re: /\b(?:forearms?|elbows?|wrists?|upper (?:limbs?|extremit(?:y|ies)))\b/i },
  { region: 'hand', re: /\b(?:hands?|wrists?|fingers?|thumbs?|upper (?:limbs?|extremit(?:y|ies)))\b/i },
  { region: 'back', re: /\b(?:back|spine|spinal|thoracic|lumbar|paraspinals?|trunk)\b/i },
  { region: 'thorax-abdomen', re: /\b(?:chest|thorax|abdomen|abdominal|trunk)\b/i },
  { region: 'pelvis-hip', re: /\b(?:hips?|pelvis|pelvic|buttocks?|gluteal|glutes?|sacral|lumbopelvic)\b/i },
  { region: 'thigh', re: /\b(?:thighs?|hamstrings?|quadriceps|groin|knees?|lower (?:limbs?|extremit(?:y|ies)))\b/i },
  { region: 'leg', re: /\b(?:legs?|calf|calves|shins?|knees?|ankles?|lower (?:limbs?|extremit(?:y|ies)))\b/i },
  { region: 'foot', re: /\b(?:feet|foot|ankles?|heels?|plantar|lower (?:limbs?|extremit(?:y|ies)))\b/i },
];

/** "consent covers all areas", "any region": the consent is not limited to a region. */
export const allRegionsRe = /\b(?:all|any|every) (?:body )?(?:areas?|regions?|sites?|parts? of the body)\b/i;

/** Plain names of the vocabulary's regions, for messages. */
export const regionNames: Readonly<Record<Region, string>> = {
  'head-face': 'head and face', neck: 'neck', shoulder: 'shoulder', arm: 'upper arm', forearm: 'forearm', hand: 'hand',
  back: 'back', 'thorax-abdomen': 'chest and abdomen', 'pelvis-hip': 'hip and pelvis', thigh: 'thigh', leg: 'lower leg', foot: 'foot',
};

/** A signed or newly obtained consent (not a re-confirmation of the one on file). */
/** A new form, as opposed to a consent obtained or completed again by word of mouth. */
const NEW_CONSENT_FORM_TERMS: readonly string[] = ['signed', 'new form', 'new consent form', 're-signed', 'resigned'];
export const CONSENT_RENEWED_TERMS: readonly string[] = [...NEW_CONSENT_FORM_TERMS, 'obtained', 'completed', 'renewed', 'dated'];
export const consentSignedRe = words(CONSENT_RENEWED_TERMS);
/** "verbal consent re-confirmed; new form signed": a form signed says renewal even beside a re-confirmation. */
export const newConsentFormRe = words(NEW_CONSENT_FORM_TERMS);
/** "verbal consent re-confirmed": the consent on file is confirmed, not renewed. */
export const consentReconfirmedRe = /\bre-?(?:confirm|affirm)\w*\b/i;
/** Front matter keys holding the date a consent was signed. */
export const consentDateKeys = ['consent_date', 'consent-date', 'consent_signed', 'consent-signed', 'consent_signed_on', 'consent'];

/** Qualifiers that make a score not today's rating: "at worst", "best", "average", "goal". */
export const notCurrentScoreRe = /\b(?:worst|best|least|average|avg|max(?:imum)?|min(?:imum)?|goal|target|baseline at eval|previous(?:ly)?|last (?:visit|week|session))\b/i;
/** A line whose scores are taken after the treatment. */
export const postLabelRe = /^\W*(?:post(?:[- ]?(?:tx|treatment|needling|dn|session))?|after (?:treatment|needling|tx|DN)|re-?test(?:ed)?|re-?assess(?:ment|ed)?)\b/i;
/** Between two scores of one measure: "5/10 → 3/10", "5 -> 3", "5 to 3". */
export const arrowBetweenRe = /^\s*(?:\/\s*10{1,2})?\s*(?:%|mm|cm)?\s*(?:→|->|-->|=>|⇒|to|–|—|-)\s*(?:NPRS|VAS|NRS|NPS)?\s*[:=]?\s*$/i;

/** Front matter keys for the patient, the episode, the visit number, the date, the payer, the plan of care. */
export const patientKeys = ['patient', 'patient_id', 'patient-id', 'patientid', 'patient id', 'mrn', 'patient_mrn', 'client', 'client_id'];
export const episodeKeys = ['episode', 'episode_id', 'episode-id', 'episode of care', 'episode_of_care', 'case', 'case_id'];
export const visitKeys = ['visit', 'visit_number', 'visit-number', 'visit_no', 'visit no', 'visit #', 'visit#'];
export const plannedKeys = ['planned_visits', 'planned-visits', 'visits_planned', 'visits-planned', 'plan_visits'];
export const dateKeys = ['date', 'visit_date', 'visit-date', 'dos', 'date_of_service', 'date-of-service', 'service_date'];
export const clinicianKeys = ['clinician', 'therapist', 'provider', 'author'];
export const payerKeys = ['payer', 'insurance', 'insurer', 'payor'];
export const pocStartKeys = ['poc_start', 'poc-start', 'plan_of_care_start', 'plan-of-care-start', 'certified_from', 'cert_start'];
export const pocEndKeys = ['poc_end', 'poc-end', 'plan_of_care_end', 'plan-of-care-end', 'certified_through', 'certified_to', 'cert_end', 'recert_due', 'recert-due'];
