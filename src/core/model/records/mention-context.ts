// Is a muscle named in a line a needling record, or context? A muscle is a record only with
// evidence in its own clause (a dose, a twitch, a needle-only technique, a needling word that
// governs it) or from the lead-in it sits under; words around it can make it context instead
// (examined, planned, declined, another treatment, where a symptom is, a landmark).
import {
  bleedingAtRe, exerciseAfterRe, referralAfterRe, symptomAfterRe, symptomBeforeRe, siteAfterRe, landmarkAfterRe, ordinalBeforeRe, vertebraBeforeRe, guidanceBeforeRe, hemostasisBeforeRe, skinBeforeRe, skinPrepAfterRe,
  personVerbAfterRe, arrowBeforeNameRe, askedBeforeRe,
} from '../../lexicon/around-muscle';
import { riskWordRe } from '../../lexicon/aftercare';
import { consentToNeedlingBeforeRe, risksPutRe } from '../../lexicon/consent';
import { examRe, safetyCheckRe } from '../../lexicon/exam';
import { detailLabelRe, needlingLeadInLineRe, statementLabelRe } from '../../lexicon/labels';
import { approachRe, needlesNamedRe, needleTechniqueRe, needlingTermRe, needlingTermsRe, topicNeedlingAllRe, topicNeedlingRe } from '../../lexicon/needling';
import { negatedReferralAllRe, otherResponseRe, referralRe } from '../../lexicon/responses';
import { asPlannedRe, notDoneRe, pastRe, plannedRe, saysTodayOutsideCondition, topicBeforeRe, unwillingRe } from '../../lexicon/status';
import { furtherObjectRe } from '../../lexicon/consent';
import { injectedRe, otherTreatmentRe } from '../../lexicon/treatments';
import { hasDose, hasStrongDetail, namesNeedleTechnique } from './details';
import type { ContextReason, Evidence } from './types';
import { findNeedleCount, findNeedles, findTwitches } from '../tokens';
import { statesInAndOut, statesNeedlesOut } from '../statements/needle-count';
import type { Span } from '../clauses';
import { countBefore } from '../../util/search';
import type { LineHits } from './line-hits';
import { execAll } from '../../util/matches';
import type { MuscleMention, Vocabulary } from '../../vocab';

/** A short form that also means something other than a muscle ("TP": trigger point, transverse process; "PT": the patient). */
export const hasOtherMeaning = (vocab: Vocabulary, m: MuscleMention) => m.kind === 'ambiguous' && Boolean(vocab.ambiguous(m.text)?.otherMeanings?.length);
/** Such a short form right after a vertebra names a bony part ("aimed toward L3 TP"), not a muscle. */
export const namesBonyPart = (otherMeaning: boolean, before: string) => otherMeaning && vertebraBeforeRe.test(before);

/** Everything the decision reads about one mention, relative to its line. */
export interface MentionSite {
  /** The line (unit text). */
  text: string;
  /** Needling words and other treatments in the line, found once for all its muscles. */
  hits: LineHits;
  start: number;
  end: number;
  /** Clause holding the mention, and what the whole clause says (computed once per clause). */
  clauseStart: number;
  clause: ClauseFacts;
  /** Where the mention's own stretch ends: the next muscle (a dose in a later clause that names no muscle is its own). */
  ownEnd: number;
  /** End of the clause holding the mention: its context words are read up to here. */
  clauseEnd: number;
  /** Where a mention's stretch ends at a later clause counting needles out or leading in (`sessionCountFinder` of the line). */
  sessionCountStart: (clauseEnd: number, ownEnd: number) => number;
  /** Lines that belong to this one without naming a muscle: continuation lines and child items. */
  extra: string;
  section: 'subjective' | 'objective' | 'assessment' | 'plan' | 'other';
  /** A needling lead-in, parent item or heading governs the line, and the muscle stands where a record's name does (an item, or the start of the line). */
  underNeedling: boolean;
  /** The line introduces muscles named under it. */
  hostOfMuscles: boolean;
  /** The line introduces this very muscle again under it ("0.25x30 for the upper trapezius:" then "- R upper trapezius"), or it is a region over the muscles under it. */
  namedAgainUnder: boolean;
  /** The first line of the note, before any section: a title. */
  titleLine: boolean;
  /** The line sits under a heading of another kind of statement ("## Aftercare", "## Consent"). */
  underStatementHeading: boolean;
  /** The muscle sits in a part of a dictated paragraph that a statement's label opens (", consent: …"). */
  inStatementPart: boolean;
  /** An abbreviation that is also a credential, a word or a non-muscle term ("PT", "TP", "LT"). */
  otherMeaning: boolean;
  /** A group or region ("calf", "glutes"), not one muscle: where a response went as often as what was needled. */
  region: boolean;
  /** The line names needling somewhere ("DN", "needled"). */
  lineNamesNeedling: boolean;
  /** A "Muscles treated:" or "Targets:" line in a part of the note that records needling. */
  muscleListLine: boolean;
  /** The mention's section states, somewhere, what only needling done today can (asked only of a Plan's mentions under a lead-in). */
  sectionObservesNeedling: () => boolean;
}

export interface ClauseFacts {
  /** A dose, twitch or needle-only technique anywhere in the clause (shared by its muscles). */
  readonly strong: boolean;
  /** What that evidence is: a dose or technique, or only a response ("good LTRs today" in the Assessment). */
  readonly strongKind: 'dose' | 'response';
  /** The clause says needling did not happen ("DN to L UT/lev scap deferred today"). */
  readonly notDone: boolean;
  /** The clause's only needling is what a message or a talk was about ("letter to GP regarding IMS of R infraspinatus"). */
  readonly needlingOnlyAsTopic: boolean;
  readonly today: boolean;
  /**
   * The clause states what only needling done today can (a twitch counted, the needles out), and plans nothing ("P: DN R UT 0.25x40 mm, LTR x2."): a Plan
   * that records the session on its own line. "P: DN R UT next visit if LTR" plans it.
   */
  readonly observed: boolean;
  readonly referral: boolean;
  /** The clause opens with the label of another kind of statement ("Hemostasis:", "Billing:"). */
  readonly labelled: boolean;
  /** The clause ends by saying its muscles were needled ("R UT and R LS were needled"). */
  readonly trailingVerb: boolean;
}

/** "… R UT, R LS were needled", "…which were dry needled": needling said after the muscles. */
const trailingVerbRe = /^[\s,]*(?:(?:which|that|and|were|was|then|both|all|each|also)\s+){0,3}(?:dry[\s-])?needled\b/i;

/**
 * The clause states what only needling done today can: a twitch counted or described as seen ("a strong twitch"), not one
 * named as the aim ("to elicit LTR"), or the needles out; and it plans nothing and tells of no earlier visit.
 */
export function observesNeedling(clause: string): boolean {
  return (findTwitches(clause).some((t) => t.present && (t.count !== undefined || t.seen)) || statesNeedlesOut(clause))
    && !plannedRe.test(clause) && !pastRe.test(clause);
}

/**
 * What a clause says, each fact worked out when first asked: most clauses are only asked whether
 * they are strong, and a long dictated line has many clauses.
 */
class LazyClauseFacts implements ClauseFacts {
  private cache: Partial<Record<keyof ClauseFacts, unknown>> = {};
  constructor(
    private readonly clause: string,
    private readonly at: number,
    private readonly lineLabelled: boolean,
    private readonly first: boolean,
    private readonly hits: LineHits,
  ) {}

  private memo<K extends keyof ClauseFacts>(key: K, compute: () => ClauseFacts[K]): ClauseFacts[K] {
    if (!(key in this.cache)) this.cache[key] = compute();
    return this.cache[key] as ClauseFacts[K];
  }

  get strong(): boolean {
    return this.memo('strong', () => hasStrongDetail(this.clause));
  }

  get needlingOnlyAsTopic(): boolean {
    return this.memo('needlingOnlyAsTopic', () => topicNeedlingRe.test(this.clause) && !hasStrongDetail(this.clause.replace(topicNeedlingAllRe, ' ')));
  }
  get strongKind(): 'dose' | 'response' {
    return this.memo('strongKind', () => (hasDose(this.clause) || needleTechniqueRe.test(this.clause) ? 'dose' : 'response'));
  }
  get notDone(): boolean {
    return this.memo('notDone', () => this.hits.notDoneNear(this.at, this.at + this.clause.length) && notDoneAboutNeedling(this.clause));
  }
  get today(): boolean {
    return this.memo('today', () => saysTodayOutsideCondition(this.clause));
  }
  get observed(): boolean {
    return this.memo('observed', () => observesNeedling(this.clause) && !this.notDone);
  }
  get referral(): boolean {
    return this.memo('referral', () => referralRe.test(this.clause.replace(negatedReferralAllRe, ' ')));
  }
  get labelled(): boolean {
    return this.memo('labelled', () => {
      const head = this.clause.trimStart();
      // A line led by another kind of label ("Post: …; PPT R UT 2.1→2.8") keeps speaking of that
      // topic in its later clauses, until one records a dose or a response: naming needling is not
      // enough ("Aftercare: …; tell them you had dry needling to the upper back"), nor is naming it
      // with a word that is also a technique ("… you had IMS to the upper back").
      const continues = this.lineLabelled && !this.first && !(this.strong && hasStrongDetail(this.clause.replace(needlingTermsRe, ' ')));
      return (this.lineLabelled && this.first) || continues || (statementLabelRe.test(head) && !detailLabelRe.test(head));
    });
  }
  get trailingVerb(): boolean {
    return this.memo('trailingVerb', () => /\b(?:were|was)\s+(?:all\s+|both\s+|then\s+)?(?:dry[\s-])?needled\b/i.test(this.clause));
  }
}

export function clauseFacts(clause: string, at: number, lineLabelled: boolean, first: boolean, hits: LineHits): ClauseFacts {
  return new LazyClauseFacts(clause, at, lineLabelled, first, hits);
}

export type MentionVerdict = { needled: true; evidence: Evidence } | { needled: false; reason: ContextReason };

const context = (reason: ContextReason): MentionVerdict => ({ needled: false, reason });
const needled = (evidence: Evidence): MentionVerdict => ({ needled: true, evidence });

const notDoneAllRe = new RegExp(notDoneRe.source, notDoneRe.flags + 'g');
const riskWordAllRe = new RegExp(riskWordRe.source, riskWordRe.flags + 'g');

/** Risks told in the clause before the muscle, with no needling named between the last risk word and it. */
function namedAmongRisksTold(before: string): boolean {
  if (!riskWordRe.test(before) || !risksPutRe.test(before)) return false;
  const risks = execAll(riskWordAllRe, before);
  const last = risks[risks.length - 1];
  return !needlingTermRe.test(before.slice(last.index + last[0].length));
}
const needleTechniqueAllRe = new RegExp(needleTechniqueRe.source, needleTechniqueRe.flags + 'g');

/** Needling named right before a not-done word, or in it: "DN deferred", "needling: held", "DN not performed". */
const needlingJustBeforeRe = new RegExp(`(?:${needlingTermRe.source})[\\s:*_-]{0,3}$`, needlingTermRe.flags);

/**
 * "declined e-stim": a refusal of another treatment, not of needling ("DN deferred, STM instead" is of needling); "declined
 * more needles" after the muscle's dose refuses only more. `mentionAt` is where the muscle stands in `text`, when one does.
 */
function notDoneAboutNeedling(text: string, mentionAt?: number): boolean {
  for (const m of execAll(notDoneAllRe, text)) {
    const end = m.index + m[0].length;
    if (furtherObjectRe.test(text.slice(end, end + 30))) continue;
    // A twitch recorded for the muscle before the word says it was needled: "R glut med 0.30x60, LTR x2 – declined needles
    // in the back" declined another site. So does its dose, before not wanting something ("…, didn't want the L side needled").
    const unwilling = unwillingRe.test(m[0]);
    const between = mentionAt !== undefined && m.index > mentionAt ? text.slice(mentionAt, m.index) : '';
    if (between && (findTwitches(between).length > 0 || (unwilling && hasDose(between)))) continue;
    // Not wanting is about the needling only when what is not wanted names it or the muscle: "did not want her neck
    // needled", "didn't want to try piriformis"; "didn't want to miss the game, R gastroc 0.30x40" is about the game.
    if (unwilling) {
      const wanted = text.slice(end, end + 60).split(/[,;.]|\s[-–—]\s/)[0];
      if (needlesNamedRe.test(wanted) || (mentionAt !== undefined && mentionAt >= end && mentionAt <= end + wanted.length)) return true;
      continue;
    }
    if (needlingTermRe.test(m[0]) || needlingJustBeforeRe.test(text.slice(Math.max(0, m.index - 40), m.index))) return true;
    // What the word is about follows it within its own phrase: "HELD d/t new dabigatran, STM … instead" held the needling,
    // and so does "HELD today d/t new apixaban – STM … instead", the phrase ended by a spaced dash.
    const after = text.slice(end, end + 30).split(/[,;.]|\s[-–—]\s/)[0];
    const other = otherTreatmentRe.exec(after);
    const needling = needlingTermRe.exec(after);
    if (other && (!needling || needling.index > other.index)) continue;
    return true;
  }
  return false;
}

/** The last needling word before the mention, unless another treatment is named after it ("DN to UT, STM to LS"). */
/** The last needling word before the muscle governs it, unless another treatment came between or the needling is only a topic ("re DN to"). */
function governedByNeedling(hits: LineHits, text: string, from: number, to: number): boolean {
  const last = hits.lastNeedling(from, to);
  return Boolean(last && !hits.lastOther(last.end, to) && !topicBeforeRe.test(text.slice(Math.max(0, last.start - 60), last.start)));
}

function governedByOtherTreatment(hits: LineHits, from: number, to: number, own: string): boolean {
  const lastOther = hits.lastOther(from, to);
  if (lastOther && lastOther.start > (hits.lastNeedling(from, to)?.start ?? -1)) return true;
  // "R UT STM 5 min": the treatment right after the name.
  const next = otherTreatmentRe.exec(own);
  return Boolean(next && next.index < 12 && !needleTechniqueRe.test(own.slice(0, next.index + next[0].length)));
}

// How far around a muscle its words are read: enough for a clause's worth of context, and bounded
// so a long pasted line with many muscles stays linear.
const WINDOW_BEFORE = 160;
const WINDOW_AFTER = 60;

/**
 * "Pincer grip for UT, needle directed caudally. Needles 3 in / 3 out, all removed.": a later sentence
 * that counts the session's needles out is no muscle's dose, so the muscle's own stretch ends there; so
 * does a later sentence that leads in to other muscles ("… risk of pneumothorax with UT. DN sitting,
 * 0.25x40 mm: R splenius capitis …"), whose dose is theirs.
 *
 * Made once per line over its clauses: each whole clause is read once however many muscles look past
 * it, so a long dictated line stays linear. Returns, for a mention's clause end and own end, where its
 * stretch ends (read up to 400 characters on, a clause cut there read as cut).
 */
export function sessionCountFinder(text: string, spans: readonly Span[]): (clauseEnd: number, ownEnd: number) => number {
  const closes = (clause: string) => statesNeedlesOut(clause) || needlingLeadInLineRe.test(clause.replace(/^[\s.]+/, ''));
  const whole: Array<boolean | undefined> = [];
  return (clauseEnd, ownEnd) => {
    const to = Math.min(ownEnd, clauseEnd + 400);
    if (to <= clauseEnd) return ownEnd;
    for (let k = countBefore(spans.length, (j) => spans[j].start < clauseEnd); k < spans.length && spans[k].start < to; k++) {
      const span = spans[k];
      const found = span.end <= to ? (whole[k] ??= closes(text.slice(span.start, span.end))) : closes(text.slice(span.start, to));
      if (found) return span.start;
    }
    return ownEnd;
  };
}

/**
 * "+LTR x1, → lat calf (familiar)": an arrow right after a response points where it went. An arrow after
 * anything else is a sequence or "to" ("DN → R UT 0.25x30", "R UT … → R LS …"); the caller asks only for a
 * region with no dose or twitch of its own, since one muscle after the arrow is as often the next one needled.
 */
function arrowAfterResponse(text: string, start: number): boolean {
  const from = Math.max(0, start - 30);
  const arrow = arrowBeforeNameRe.exec(text.slice(from, start));
  if (!arrow) return false;
  const at = from + arrow.index;
  const lead = text.slice(Math.max(0, at - 25), at);
  return findTwitches(lead).length > 0 || referralRe.test(lead) || otherResponseRe.test(lead);
}

export function judgeMention(s: MentionSite): MentionVerdict {
  const { text, clause: c } = s;
  const beforeStart = Math.max(s.clauseStart, s.start - WINDOW_BEFORE);
  const before = text.slice(beforeStart, s.start);
  // A muscle inside an aside ("prone, flat palpation (pincer for UT), pistoning:") owns only the aside.
  const close = before.lastIndexOf('(') > before.lastIndexOf(')') ? text.indexOf(')', s.end) : -1;
  const ownEnd = s.sessionCountStart(s.clauseEnd, close >= 0 ? Math.min(s.ownEnd, close) : s.ownEnd);
  const own = text.slice(s.end, Math.min(ownEnd, s.end + 400));
  const ownInClause = text.slice(s.end, Math.min(ownEnd, s.clauseEnd, s.end + 400));
  const after = text.slice(s.end, s.end + WINDOW_AFTER);
  // A needle-only technique names how this muscle was needled only within its clause ("STM R levator 8 min. Letter to GP re: IMS" is not IMS of the levator).
  const dose = hasDose(own);
  const twitched = findTwitches(own).length > 0;
  const doseOwn = dose || namesNeedleTechnique(ownInClause);
  const strongOwn = doseOwn || twitched;
  // "R TFL: IMS offered": a technique that is also the treatment's name says what was offered, not that it was given.
  const givenOwn = dose || twitched || needleTechniqueRe.test(ownInClause.replace(needlingTermsRe, ' '));
  const strongExtra = s.extra ? hasStrongDetail(s.extra) : false;
  const verbBefore = governedByNeedling(s.hits, text, beforeStart, s.start);
  const verbAfter = trailingVerbRe.test(ownInClause) || (s.clause.trailingVerb && !otherTreatmentRe.test(ownInClause));
  const near = before + ' ' + ownInClause;

  if (s.section === 'subjective') return context('subjective');
  // "PT tolerated well, mild cramp with LTR": the patient (or the clinician) did something; the twitch was the needling's.
  if (s.otherMeaning && personVerbAfterRe.test(after)) return context('no-evidence');
  // A region with a referral named after it ("LTR x1, recognised calf referral") is where the pain went; a muscle's own referral is its response.
  if (symptomAfterRe.test(after) || symptomBeforeRe.test(before) || bleedingAtRe.test(before) || (s.region && !strongOwn && arrowAfterResponse(text, s.start))
    || (s.region && referralAfterRe.test(after))) return context('symptom');
  // "[DW: chart which glute muscle was needled]": a muscle asked about is not recorded; a dose or twitch of its own would be.
  if (askedBeforeRe.test(before) && !strongOwn) return context('no-evidence');
  if (landmarkAfterRe.test(after) || ordinalBeforeRe.test(before) || namesBonyPart(s.otherMeaning, before)) return context('landmark');
  if (siteAfterRe.test(after) && !strongOwn) return context('symptom');
  // "L piriformis: 1% lidocaine 3 mL, 25G x 64 mm spinal needle, +LTR": a trigger point injection, beside the dry needling of a pain clinic's visit.
  if (injectedRe.test(ownInClause)) return context('injection');
  if (exerciseAfterRe.test(after) && !doseOwn) return context('other-treatment');
  if ((s.hits.notDoneNear(beforeStart, s.end + ownInClause.length) && notDoneAboutNeedling(near, before.length)) || (c.notDone && !strongOwn)) return context('not-done');
  // "- L gluteus minimus TrP suspected; DN declined by pt" under a needling lead-in: a later clause of its own item, with
  // no muscle of its own, says it was not needled.
  if (s.underNeedling && !strongOwn && own.length > ownInClause.length && notDoneAboutNeedling(own.slice(ownInClause.length))) return context('not-done');
  // A title names what the visit held ("IMS note — L calf", "… — IMS f/u L forearm (EHB, …)"): a needle-only technique's name there is
  // no evidence; a dose or a response on it would be.
  if (s.titleLine && (!c.strong || !hasStrongDetail(text.slice(s.clauseStart, s.clauseEnd).replace(needleTechniqueAllRe, ' ')))) return context('title');
  // "rib bracketing for rhomboid, needle directed over rib, pistoning": the clause's technique is how the needle went, not a record; a dose of its own would be.
  if (guidanceBeforeRe.test(before) && !hasDose(own)) return context('guidance');
  // "Pressure x 30s over masseter for hemostasis. Needles 2 in / 2 out.": the count after the full stop is not the muscle's dose.
  if (hemostasisBeforeRe.test(before) && !hasDose(ownInClause) && !needleTechniqueRe.test(ownInClause)) return context('statement');
  // "- Prone, R calf cleaned" under a needling heading: the skin was prepared there; the muscles are the items after it.
  if (skinPrepAfterRe.test(after) && !hasDose(ownInClause)) return context('statement');
  // "- Skin L foot/calf intact, no fissures" in a screen under the needling heading: where the skin was checked.
  if (skinBeforeRe.test(before) && !strongOwn) return context('statement');
  if (governedByOtherTreatment(s.hits, beforeStart, s.start, ownInClause) && !doseOwn) return context('other-treatment');
  if ((c.labelled || s.underStatementHeading || s.inStatementPart) && !hasDose(own)) return context('statement');
  if (consentToNeedlingBeforeRe.test(before) && !strongOwn) return context('statement');
  // "verbal consent given after risks explained incl. pneumothorax (rare, infraspinatus)": a muscle named among the risks put to the patient.
  // … or with the telling after it, whatever treatment the patient then agreed to ("pneumothorax risk with infraspinatus
  // re-explained, pt agreed to IMS": IMS names the treatment, not a technique used on the muscle).
  if ((!strongOwn && namedAmongRisksTold(before)) || (!dose && !twitched && riskWordRe.test(before) && risksPutRe.test(ownInClause.slice(0, 25)))) return context('statement');
  // "6 needles in, 6 out (2 each in ECRB and ECRL)": muscles named after a count belong to the count.
  if (statesInAndOut(before) && !findNeedles(own).length) return context('statement');
  // A summary does not restate the needle: "- R vastus medialis: 0.30 x 50 mm, LTR x3" under an Assessment with no treatment label after it
  // is the session's record (a summary that repeats an earlier record is dropped as a repeat).
  // So is a muscle in the Assessment with a needle's size and the needles put in of its own ("- L semitendinosus: 0.30x60 mm, 1 needle"
  // in a needling template under it), whatever response it was given; a size alone there may be the one planned.
  // So is a muscle with a dose of its own under a needling lead-in in a Plan that records the session elsewhere ("P:" over
  // "DN supine:", "R TFL 0.30x50 mm, LTR x2", "R rectus femoris 0.30x50 mm", "needles 2 in 2 out").
  const recordsSession = (c.observed && (s.section === 'plan' || hasDose(own)))
    || (s.section === 'assessment' && findNeedles(own).some((n) => n.lengthMm && n.diameterMm) && findNeedleCount(own) !== undefined)
    || (s.section === 'plan' && s.underNeedling && hasDose(own) && s.sectionObservesNeedling())
    // … and a muscle under a needling lead-in in an Assessment that records twitches, after a one-line impression
    // ("Impression: …" then "Side-lying on R, 0.30 x 60 mm:" over "- L gluteus minimus x1, LTR x2", "- L piriformis x1,
    // deep ache, recognised"): the list is the session's, not a summary.
    || (s.section === 'assessment' && s.underNeedling && (c.observed || s.sectionObservesNeedling()));
  if ((s.section === 'plan' || s.section === 'assessment') && !c.today && !recordsSession) return context(s.section);
  // "DN to the same muscles as last visit (R UT, R LS), 0.25x30": a dose for the clause, under a needling word, is today's.
  const today = strongOwn || (c.strong && verbBefore);
  // "IMS offered to L infraspinatus today": a needling word that is also a technique names the treatment
  // offered or planned; only a dose, twitch or other technique in the clause says it was given.
  if (plannedRe.test(near) && !(givenOwn || (today && hasStrongDetail(text.slice(s.clauseStart, s.clauseEnd).replace(needlingTermsRe, ' '))))) return context('plan');
  // "DN R UT 0.25x30 LTR x2, levator scapulae planned next visit": the words right after the muscle plan it, whatever else the clause did.
  if (!givenOwn && plannedRe.test(ownInClause.slice(0, 30).split(/[,;(]/)[0].replace(asPlannedRe, ' '))) return context('plan');
  if (pastRe.test(near) && !today) return context('past');
  // Under a needling lead-in, a muscle with a twitch of its own was needled, whatever its item says it felt ("LTR x2, familiar 'knot' reproduced").
  if (!doseOwn && !verbBefore && !verbAfter && !(s.underNeedling && strongOwn)) {
    // "R UT and R levator scapulae TTP with taut bands reproducing HA": a muscle with nothing of its own
    // shares what its clause says of the muscles after it, an examination as much as a response.
    const shared = !strongOwn && !s.underNeedling ? text.slice(s.end, Math.min(s.clauseEnd, s.end + 400)) : ownInClause;
    const words = (before + ' ' + shared).replace(approachRe, ' ');
    if (examRe.test(words) && examRe.test(words.replace(safetyCheckRe, ' '))) return context('exam');
  }
  if (s.hostOfMuscles && (!strongOwn || s.namedAgainUnder)) return context('lead-in');
  // "J. Gagnon, PT (IMS)": a word that is also a credential needs a dose or a response of its own; a technique's name is the clinician's training.
  if (s.otherMeaning && !hasDose(own) && !findTwitches(own).length) return context('no-evidence');

  if (strongOwn) return needled(hasDose(own) ? 'dose' : needleTechniqueRe.test(own) ? 'technique' : 'response');
  // A clause whose only evidence is a response ("TrP contribution VMO/TFL, good LTRs today") speaks
  // of needling recorded elsewhere as often as of new needling: 'response' lets a repeat merge.
  // "letter to GP regarding IMS of R infraspinatus": the clause's only needling is what a message was about.
  if (c.strong && c.needlingOnlyAsTopic) return context('plan');
  if (c.strong) return needled(c.strongKind);
  if (strongExtra) return needled('dose');
  if (verbBefore || verbAfter) return needled('verb');
  if (s.underNeedling || s.muscleListLine) return needled('lead-in');
  // "… R SCM mildly tender, not needled; R infraspinatus TrP reproduces shoulder ache": pain reproduced is a
  // response only on a line that records needling; one naming it only as not done is an examination.
  if (c.referral && s.lineNamesNeedling && s.hits.namesNeedlingDone()) return needled('response');
  return context('no-evidence');
}
