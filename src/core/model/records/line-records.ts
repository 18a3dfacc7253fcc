// The records of one line (a paragraph line or list item): each muscle it names is judged on its
// own clause (mention-context.ts), misspelt names are looked for where needling is recorded, and
// each record takes its side and details from its own stretch, then the line's shared text.
import { approachJustBeforeRe, symptomAfterRe } from '../../lexicon/around-muscle';
import { postLabelRe } from '../../lexicon/course';
import { aftercareWordRe } from '../../lexicon/aftercare';
import { consentTalkRe } from '../../lexicon/consent';
import {
  endsWithColon, muscleListLabelRe, needlingHeadingLineRe, needlingLeadInLineRe, isStatementHeading, noteTitleOpeningRe,
  runOnPartRe, statementLabelOnlyRe, statementPartRe, statementLabelRe, TITLE_SHAPE_SOURCE, titleLineWordRe,
} from '../../lexicon/labels';
import type { Muscle, MuscleMention } from '../../vocab';
import { clauseSpans, spanAt, type Span } from '../clauses';
import { detailsOf, fill, hasDose, hasStrongDetail, EMPTY } from './details';
import { LineHits } from './line-hits';
import { needlingTermRe, needlingTermsRe } from '../../lexicon/needling';
import { pastRe, plannedRe } from '../../lexicon/status';
import { forAllRe, forEachRe } from '../../lexicon/quantifiers';
import { sentenceStopSource } from '../../lexicon/short-forms';
import { clauseFacts, hasOtherMeaning, judgeMention, sessionCountFinder, type ClauseFacts } from './mention-context';
import { assignSides } from './sides';
import { findSides } from '../tokens';
import { statesNeedlesOut } from '../statements/needle-count';
import { opensOwnStatement } from '../statements/blocks';
import { kindOfSection, sectionObservesNeedling, type SectionKind, type Sources } from './sources';
import type { ContextMention, Details, Evidence, NeedlingRecord } from './types';
import { recordShapedStartRe } from './record-shape';
import { likelyMuscle, outside, unknownNames, type DoseClause } from './unknown';
import { dropBracketedRestatements, mergeRestatements } from './restatements';
import { itemFollows, type Unit } from '../units';
import { firstRecordedItemEnd, inlineLeadInEnd, LEAD_IN_WINDOW, leadInItems, withItems, withLeadInSide, withNameAfterLeadIn } from './inline-lead-in';
import { countBefore } from '../../util/search';
import { execAll } from '../../util/matches';

/** A label's end right after a name: "Low back:", "**Glutes:**", "Glutes – ". */
const regionLabelEndRe = /^[*_]*\s*(?::|[-–—]\s)/;

/** What joins the muscles of one list: a comma, a slash, "and", "&" or "+". */
const listJoinRe = /^\s*(?:,|\/|and|&|\+)\s*$/i;
/** Where on the muscle a finding was, before the next member of an examined list ("R levator scapulae at the angle and R infraspinatus"). */
const placeBeforeJoinRe = /^\s+(?:at|along|over|near|on|in|by)\s+(?:the\s+)?[a-z0-9 -]{1,30}?(?=\s*(?:,|\/|and|&|\+)\s*$)/i;
/** How far after a listed muscle's name its own dose, twitch or technique is looked for. */
const OWN_DETAIL_REACH = 60;

const titleShapeRe = new RegExp(`${TITLE_SHAPE_SOURCE}|\\s-\\s`);

/** Continuation lines of a paragraph and the child items under an item: they belong to the line when they name no muscle. */
function extraUnits(src: Sources, i: number): number[] {
  const u = src.units[i];
  const taken: number[] = [];
  const take = (j: number) => taken.push(j);
  // A line or child item whose only muscle words name where a symptom was felt ("LTR x3, familiar calf tightness") is still a detail.
  const namesOnlySymptoms = (j: number) => src.mentions[j].every((m) => symptomAfterRe.test(src.units[j].text.slice(m.end)));
  for (let j = i + 1; j < src.units.length && src.units[j].block === u.block; j++) {
    const v = src.units[j];
    // A line that names a muscle, starts with a label or opens another section ("A - improving", "Tx - …") is not this line's.
    if (!namesOnlySymptoms(j) || /^\W*[A-Za-z][\w /&.-]{0,25}:/.test(v.text) || endsWithColon(v.text) || v.section !== u.section) break;
    // "DN L piriformus 0.30x75 mm, LTR x2": a line led by a needling word records its own needling, misspelt muscle or not.
    if (needlingHeadingLineRe.test(v.text)) break;
    // "Post-Rx mouth opening 38mm": a retest after the treatment, not this line's detail.
    if (postLabelRe.test(v.text)) break;
    // "Needles 0.25x40 for all, LTRs in all muscles": said of every muscle, not of this line's.
    if (forAllRe.test(v.text)) break;
    // "Needles 2 in / 2 out." typed straight under the last record: the session's count, not that muscle's.
    if (statesNeedlesOut(v.text)) break;
    take(j);
  }
  const stack = [...(src.childBlocks.get(u.block) ?? [])];
  while (stack.length) {
    const b = stack.shift()!;
    const rows = src.byBlock.get(b) ?? [];
    if (rows.some((j) => !namesOnlySymptoms(j))) continue;
    for (const j of rows) take(j);
    stack.push(...(src.childBlocks.get(b) ?? []));
  }
  return taken;
}

const textOf = (src: Sources, units: readonly number[]) => units.map((j) => src.units[j].text).join(' \n ');

/** The text of the line's continuation lines and child items, which become its details (and are no longer read on their own). */
function extraText(src: Sources, i: number): string {
  const taken = extraUnits(src, i);
  for (const j of taken) src.absorbed.add(j);
  return textOf(src, taken);
}

/**
 * Details of each muscle of a line: its own stretch, the next muscle's when its own is empty, then the line's shared text.
 * On a dense line both stay in the muscle's section: the Plan's "if symptoms spread" is no referral, the exam's "rotation" no technique.
 */
function lineDetails(
  text: string, spans: readonly Span[], at: ReadonlyArray<{ start: number; end: number }>, extra: string, section: { startBefore(at: number): number; endAfter(at: number): number },
): Details[] {
  const first = at[0]?.start ?? 0;
  // "DN sitting, 0.25 x 30 mm: R UT LTR x3 … Also needled R splenius capitis, LTR x1.": a later sentence that needles on its
  // own is a statement of its own. It starts where that sentence does: the muscle before it does not take its words.
  const statementStart = at.map((m) => {
    const sp = spanAt(spans, m.start);
    // Not an item cut by a semicolon from the one before ("…: DN R vastus lateralis, LTR x3; DN R rectus femoris, LTR x1"): a sentence.
    return sp && sp.start > first && text[sp.start - 1] !== ';' && needlingTermRe.test(text.slice(sp.start, m.start)) ? sp.start : undefined;
  });
  const ownText = at.map((m, i) => text.slice(m.end, Math.min(i + 1 < at.length ? (statementStart[i + 1] ?? at[i + 1].start) : text.length, section.endAfter(m.end))));
  const own = ownText.map(detailsOf);
  const from = section.startBefore(first);
  const heard = detailsOf(responseSentences(text, spans, from, first) + ' \n ' + extra);
  const shared: Details = {
    ...detailsOf(text.slice(from, first) + ' \n ' + extra), twitch: heard.twitch, referral: heard.referral, tolerance: heard.tolerance, otherResponse: heard.otherResponse,
  };
  // The lead-in's needle and technique are not said of such a statement, only what its own sentence says.
  const ownStatementShared = (i: number): Details | undefined => {
    const start = statementStart[i];
    return start === undefined ? undefined : detailsOf(text.slice(start, at[i].start) + ' \n ' + extra);
  };
  const out: Details[] = new Array(at.length);
  for (let i = at.length - 1; i >= 0; i--) {
    // "R masseter + R temporalis 0.25x30" share; "R teres minor; R upper trapezius, LTR x2" are items of their own.
    const next = i + 1 < at.length && isBare(own[i]) && !ownText[i].includes(';') ? out[i + 1] : undefined;
    out[i] = fill(fill(own[i], next ?? EMPTY), ownStatementShared(i) ?? shared);
  }
  // "R masseter 0.25x30 + R temporalis 0.20x25, LTR x2 each" (or "LTRs in all"): a response said of each muscle is also the earlier ones'.
  ownText.forEach((t, k) => {
    if (!forEachRe.test(t)) return;
    const response: Details = { ...EMPTY, twitch: own[k].twitch, referral: own[k].referral, tolerance: own[k].tolerance, otherResponse: own[k].otherResponse };
    for (let i = 0; i < k; i++) out[i] = fill(out[i], response);
  });
  // "DN R UT (LTR x4), R lev scap (LTR x2) (0.25x30mm), pincer grip": a needle set apart after the last muscle's words (in
  // brackets of its own or after a comma) is the list's, back to the last muscle given a needle of its own, within the
  // list's sentence ("… splenius capitis (LTR x2) after consent … pneumothorax. The left UT was needled next (0.25 x 30 mm)" is not).
  const last = at.length - 1;
  const needle = own[last]?.needle;
  // Not one in the last muscle's own brackets ("… R FCR (LTR x1) and R pronator teres (0.25x40 mm, slow insertion)"): that muscle's only.
  const before = needle ? ownText[last].slice(0, needle.start) : '';
  if (needle && /[(,;]\s*$/.test(before) && !/^\s*\(\s*$/.test(before)) {
    for (let i = last - 1; i >= 0 && !own[i].needle && !sentenceEndRe.test(text.slice(at[i].end, at[i + 1].start)); i--) if (!out[i].needle) out[i] = { ...out[i], needle };
  }
  return out;
}


/** A full stop (or ! or ?) that ends a sentence, not a short form's ("approx."): before a space and what opens the next. */
const sentenceEndRe = new RegExp(`${sentenceStopSource()}["')\\]]*\\s+(?=[A-Z(])`);

/**
 * "Bridge R 4+/5 with cramp. … Dry needled the R biceps femoris …, three LTRs. Dry needled the R semitendinosis …":
 * a response word in an earlier sentence that names neither needling nor every muscle is the exam's, not the needling's.
 * Keeps, of the text between `from` and the line's first record, the sentence that record stands in and those that speak of needling.
 */
function responseSentences(text: string, spans: readonly Span[], from: number, first: number): string {
  let kept = '';
  for (const sp of spans) {
    if (sp.start >= first) break;
    if (sp.end <= from) continue;
    const sentence = text.slice(Math.max(sp.start, from), Math.min(sp.end, first));
    if (sp.end >= first || needlingTermRe.test(sentence) || forEachRe.test(sentence)) kept += sentence + ' \n ';
  }
  return kept;
}

/** The gap between two listed muscles without their sides: the second's before it ("R QL and bilat lumbar multifidus"), the first's in brackets after it ("UT (L) / levator scapulae"). */
function withoutSides(gap: string): string {
  let out = gap;
  for (const side of findSides(gap).reverse()) out = out.slice(0, side.start) + ' ' + out.slice(side.end);
  return out.replace(/\(\s*\)/g, ' ');
}

/** What a list's last member says of the whole list: planned, not done today, done before. */
const LIST_STATUS_REASONS: ReadonlySet<string> = new Set(['plan', 'not-done', 'past']);

const isBare = (d: Details) => !d.needle && d.needles === undefined && !d.twitch && !d.techniques.length && !d.referral;

// The line heading each unit's stretch of its paragraph, worked out once per note so a long paragraph is not walked back
// line by line: the paragraph's first line, or a later one that opens a statement of its own ("Consent:" then "verbal,
// risks discussed." then "DN prone, 0.25x25mm: L rhomboid major LTR x2"; "Needles 4 in / 4 out." then "Aftercare:").
// A line opening with the needling that speaks of consent or aftercare ("DN explained incl. PTX risk (low, UT) - verbal
// consent given") is still the label's answer; one recording a dose, a twitch or a technique is the treatment.
const opensOwnLine = (t: string) => endsWithColon(t) || hasStrongDetail(t.replace(needlingTermsRe, ' ')) || (opensOwnStatement(t) && !consentTalkRe.test(t) && !aftercareWordRe.test(t));
const blockStarts = new WeakMap<readonly Unit[], Int32Array>();
function paragraphHead(units: readonly Unit[]): Int32Array {
  let starts = blockStarts.get(units);
  if (!starts) {
    starts = new Int32Array(units.length);
    for (let k = 1; k < units.length; k++) {
      starts[k] = units[k - 1].block !== units[k].block || opensOwnLine(units[k].text) ? k : starts[k - 1];
    }
    blockStarts.set(units, starts);
  }
  return starts;
}

// The first item of each item's run of list lines, worked out once per note: the run goes on over consecutive
// item lines and stops before a line that leads in to what follows ("Tx:", "IMS prone, 0.25x30 mm:").
const runStarts = new WeakMap<readonly Unit[], Int32Array>();
function firstOfItemRun(units: readonly Unit[]): Int32Array {
  let starts = runStarts.get(units);
  if (!starts) {
    starts = new Int32Array(units.length);
    for (let k = 0; k < units.length; k++) {
      const prev = units[k - 1];
      const goesOn = prev && itemFollows(prev, units[k]) && !endsWithColon(units[k].text);
      starts[k] = goesOn ? starts[k - 1] : k;
    }
    runStarts.set(units, starts);
  }
  return starts;
}

/**
 * "**Aftercare:**" alone on a line, then "… tell ED you had dry needling to the upper back": the
 * lines of its paragraph, or the line or list right under it, are that statement, as under a heading
 * ("**Consent / screening**" over "- [x] Screen clear: … skin intact R calf").
 */
function underStatementLabel(units: readonly Unit[], i: number): boolean {
  const item = units[i].kind === 'item';
  const first = item ? firstOfItemRun(units)[i] : paragraphHead(units)[i];
  // A line that opens a statement of its own inside a paragraph has no label above it.
  if (!item && first === i && i > 0 && units[i - 1].block === units[i].block) return false;
  // A label typed on under a list's last item ("Aftercare:" then its advice, lazy lines of that item) heads its own run.
  const label = first < i && (!item || !units[first].first) ? units[first] : units[first - 1];
  // "Consent: ___" over "DN L side-lying, 0.30x40mm: …": a field left blank, not a label over the lines after it.
  return Boolean(label && (label.kind === 'line' || !label.first) && label.lastLine >= units[first].line - 1 && statementLabelOnlyRe.test(label.text) && !blankFieldRe.test(label.text));
}
const blankFieldRe = /:[\s*]*_{3,}|:\s+_{2,}/;

export function lineRecords(src: Sources, i: number, records: NeedlingRecord[], context: ContextMention[]): void {
  const u = src.units[i];
  const text = u.text;
  const underNeedling = src.scopes.governors[i].some((g) => src.scopes.hosts.has(g));
  // Most lines name no muscle: a record there can only be a misspelt name next to a dose or a
  // response, so a line with neither, outside any needling lead-in, is done with …
  const strongLine = hasStrongDetail(text);
  // … unless it is an item whose lines or child items record one ("1. R infraspinatous" over "a) 0.30 x 40 mm x2", "b) LTR x3").
  const recordedBelow = !src.mentions[i].length && !strongLine && u.kind === 'item' && u.first && hasStrongDetail(textOf(src, extraUnits(src, i)));
  if (!src.mentions[i].length && !underNeedling && !strongLine && !recordedBelow) return;
  const ms = mergeRestatements(text, src.mentions[i], src.vocab);
  // A dense line holds several sections ("S: … O: … A: … P: …"): each muscle is in the one where it stands.
  const sectionIndexAt = (at: number): number => {
    let index = u.section;
    for (const mid of u.midSections ?? []) if (mid.at <= at) index = mid.section;
    return index;
  };
  const sectionAt = (at: number): SectionKind => kindOfSection(src, sectionIndexAt(at));
  // … and a muscle's own stretch ends where the next section opens ("TTP bilat lumbar multifidus. A: … DN prone, 0.30x50 mm: …").
  const sectionEndAfter = (at: number): number => u.midSections?.find((mid) => mid.at > at)?.at ?? text.length;
  const sectionStartBefore = (at: number): number => {
    let start = 0;
    for (const mid of u.midSections ?? []) if (mid.at <= at) start = mid.at;
    return start;
  };
  // The parts a paragraph dictated without full stops is made of (", consent: …", ", IMS prone: …", ", then DN …"), found once per line.
  let parts: Array<{ at: number; statement: boolean }> | undefined;
  /** Index of the first part opening after `at`. */
  const firstPartAfter = (at: number): number => {
    const list = (parts ??= execAll(runOnPartRe, text).map((m) => ({ at: m.index, statement: statementPartRe.test(m[0]) })));
    return countBefore(list.length, (i) => list[i].at <= at);
  };
  // A muscle's own words end where the next part opens.
  const partStartAfter = (at: number): number => {
    const k = firstPartAfter(at);
    return parts![k]?.at ?? text.length;
  };
  // "…, consent: IMS gone over again today, soreness, bruising, rare nerve irritation near the supinator, …": a muscle in a
  // statement's part (and in the section it opened in) is the statement's.
  const inStatementPart = (at: number): boolean => {
    const k = firstPartAfter(at);
    const part = parts![k - 1];
    return Boolean(part?.statement && sectionStartBefore(at) <= part.at);
  };
  const spans = clauseSpans(text);
  const sessionCountStart = sessionCountFinder(text, spans);
  const hits = new LineHits(text);
  const facts = new Map<Span, ClauseFacts>();
  const lineLabelled = statementLabelRe.test(text);
  const factsOf = (span: Span) => {
    let f = facts.get(span);
    if (!f) facts.set(span, (f = clauseFacts(text.slice(span.start, span.end), span.start, lineLabelled, span.start === spans[0]?.start, hits)));
    return f;
  };
  const hostOfMuscles = src.scopes.hosts.has(i) && src.scopes.hostsOfMuscles.has(i);
  // A title ends where a label dictated on the same line opens a section ("… Date 22/10/2025, visit 2. S: R lateral elbow pain …").
  // A line that opens with a pipe is a row typed without its table's rule ("| R UT | 0.25x40 | LTR x2 |"), never a title.
  const titleShaped = titleLineWordRe.test(text) || (titleShapeRe.test(text) && !text.trimStart().startsWith('|'));
  const titleEnd = u.kind === 'line' && ((i < src.titleZoneEnd && titleShaped) || noteTitleOpeningRe.test(text)) ? (u.midSections?.[0]?.at ?? text.length) : -1;
  // "### Consent" over its checklist, then "Dry needling, prone, 0.30x60:" and its bullets: a needling lead-in
  // written under the statement heading leads the needling, which is no longer the heading's statement.
  const ledUnderHeading = () => src.scopes.governors[i].some((g) => src.scopes.hosts.has(g) && src.units[g].kind !== 'heading' && src.units[g].heading === u.heading);
  const underStatementHeading = (isStatementHeading(u.heading) && !ledUnderHeading()) || underStatementLabel(src.units, i);
  const lineNamesNeedling = needlingTermRe.test(text);
  const muscleListLine = muscleListLabelRe.test(text) && (lineNamesNeedling || src.sectionsNamingNeedling.has(u.section));
  // Continuation lines and child items become this line's details only when it names a muscle.
  let extraCache: string | undefined;
  const extra = () => (extraCache ??= extraText(src, i));

  // "Next visit DN supine:" over its list plans the list, whatever else the section recorded today.
  const leadInPlansOrLooksBack = () => src.scopes.governors[i].some((g) => src.scopes.hosts.has(g) && (plannedRe.test(src.units[g].text) || pastRe.test(src.units[g].text)));
  type Found = { start: number; end: number; evidence: Evidence; mention?: MuscleMention; unknown?: ReturnType<typeof unknownNames>[number] };
  const found: Found[] = [];
  const judge = (start: number, end: number, nextStart: number, otherMeaning: boolean, namedAgainUnder = false, region = false) => {
    const span = spanAt(spans, start) ?? { start: 0, end: text.length };
    // Under a lead-in, a muscle is a record where a record's name stands: in a list item or row, or
    // first on its line ("glute med 0.30x60" under "DN R side:"), not inside a sentence about it.
    const recordPlace = (u.kind === 'item' && u.first) || recordShapedStartRe.test(text.slice(0, start));
    return judgeMention({
      text, hits, start, end, clauseStart: span.start, clauseEnd: span.end, sessionCountStart, clause: factsOf(span), ownEnd: Math.min(nextStart, sectionEndAfter(start), partStartAfter(start)), extra: extra(),
      section: sectionAt(start), underNeedling: underNeedling && recordPlace, hostOfMuscles, namedAgainUnder, titleLine: start < titleEnd, underStatementHeading,
      inStatementPart: inStatementPart(start), otherMeaning, region, lineNamesNeedling, muscleListLine,
      sectionObservesNeedling: () => !leadInPlansOrLooksBack() && sectionObservesNeedling(src, sectionIndexAt(start)),
    });
  };
  // The same muscle, or the whole and one of its parts ("pincer grip for SCM:" over "- R SCM (sternal head)").
  const namedUnder = (muscle: Muscle) => {
    const under = src.scopes.musclesUnder.get(i);
    if (!under) return false;
    if (under.has(muscle.id)) return true;
    const whole = src.vocab.billingParent(muscle).id;
    for (const id of under) {
      const other = src.vocab.byId(id);
      if (other && (id === whole || src.vocab.billingParent(other).id === muscle.id)) return true;
    }
    return false;
  };
  const verdicts = ms.map((m, k) => {
    const otherMeaning = hasOtherMeaning(src.vocab, m);
    // The line introduces this muscle again under it, or names a region ("DN R foot/calf, 0.25x40:") over the muscles listed under it.
    const namedAgainUnder = Boolean(hostOfMuscles && (m.kind === 'group' || (m.muscle && namedUnder(m.muscle))));
    return judge(m.start, m.end, k + 1 < ms.length ? ms[k + 1].start : text.length, otherMeaning, namedAgainUnder, m.kind === 'group');
  });
  // "R UT/LS/rhomboid maj": an abbreviation with another meaning reads as a muscle when it is listed with needled muscles.
  verdicts.forEach((v, k) => {
    if (v.needled || v.reason !== 'no-evidence') return;
    const joinedTo = (j: number) => j >= 0 && j < ms.length && verdicts[j].needled
      && listJoinRe.test(j < k ? text.slice(ms[j].end, ms[k].start) : text.slice(ms[k].end, ms[j].start));
    const neighbour = joinedTo(k - 1) ? verdicts[k - 1] : joinedTo(k + 1) ? verdicts[k + 1] : undefined;
    if (neighbour?.needled) verdicts[k] = neighbour;
  });
  // "DN to R UT / levator scapulae discussed as planned; pt declined": the members of a list share
  // the status written after its last member.
  for (let k = verdicts.length - 2; k >= 0; k--) {
    const v = verdicts[k];
    const next = verdicts[k + 1];
    // Joined by a comma, slash or "and" alone, the member has nothing of its own: its evidence was the clause's.
    if (!v.needled || next.needled || !LIST_STATUS_REASONS.has(next.reason)) continue;
    if (listJoinRe.test(withoutSides(text.slice(ms[k].end, ms[k + 1].start)))) verdicts[k] = next;
  }
  // "rib bracketing for rhomboids/mid trap, pistoning": the members of a list share the guidance written before its
  // first member, when all they have is the clause's needling word or technique.
  for (let k = 1; k < verdicts.length; k++) {
    const v = verdicts[k];
    const prev = verdicts[k - 1];
    if (!v.needled || (v.evidence !== 'verb' && v.evidence !== 'technique') || prev.needled || prev.reason !== 'guidance') continue;
    if (listJoinRe.test(withoutSides(text.slice(ms[k - 1].end, ms[k].start)))) verdicts[k] = prev;
  }
  // "tender TrPs L rhomboid major along the medial border and L middle trapezius, R side unremarkable, verbal consent to IMS …":
  // the members of an examined list share the examination written before its first member when nothing after a member's
  // name is a dose, twitch or technique of its own (a dictated paragraph is one clause, so the clause's needling is not theirs).
  for (let k = 1; k < verdicts.length; k++) {
    const prev = verdicts[k - 1];
    if (!verdicts[k].needled || prev.needled || prev.reason !== 'exam') continue;
    if (!listJoinRe.test(withoutSides(text.slice(ms[k - 1].end, ms[k].start)).replace(placeBeforeJoinRe, ''))) continue;
    const ownEnd = Math.min(k + 1 < ms.length ? ms[k + 1].start : text.length, ms[k].end + OWN_DETAIL_REACH);
    if (!hasStrongDetail(text.slice(ms[k].end, ownEnd).replace(needlingTermsRe, ' '))) verdicts[k] = prev;
  }
  // "DN prone, R calf, 0.30x50 mm: R medial gastrocnemius LTR x3, R soleus LTR x2": a region on a
  // lead-in, before its colon, says where the muscles after the colon are; it is no record.
  // The lead-in starts the line, or opens the treatment mid-line in a dictated note ("… A: improving. DN supine, R side: masseter …").
  // … or a later sentence of it ("Tx: Consent: … written on file. DN prone, R foot/calf, 32G: R abductor hallucis …").
  const leadInStart = inlineLeadInEnd(text, ms) >= 0 ? 0
    : (u.midSections?.find((mid) => needlingLeadInLineRe.test(text.slice(mid.at, mid.at + LEAD_IN_WINDOW)))?.at
      ?? spans.find((sp) => sp.start > 0 && needlingLeadInLineRe.test(text.slice(sp.start, sp.start + LEAD_IN_WINDOW)))?.start ?? 0);
  const leadInEnd = inlineLeadInEnd(text, ms, leadInStart);
  if (leadInEnd > 0 && verdicts.some((v, k) => v.needled && ms[k].start >= leadInEnd)) {
    // A region before the colon, or a muscle named again after it ("DN (pincer grip for UT, 0.25x30 mm): R upper trapezius …"),
    // is the lead-in's, as on a lead-in line over its items.
    const parentOf = (m: MuscleMention) => (m.muscle ? src.vocab.billingParent(m.muscle).id : undefined);
    const after = new Set(ms.filter((m, k) => m.start >= leadInEnd && verdicts[k].needled).map(parentOf));
    verdicts.forEach((v, k) => {
      if (!v.needled || ms[k].end > leadInEnd) return;
      if (ms[k].kind === 'group' || (ms[k].muscle && after.has(parentOf(ms[k])))) verdicts[k] = { needled: false, reason: 'lead-in' };
    });
  }
  // "DN prone, 0.25x25mm: L rhomboid major LTR x2; L middle trap": a muscle opening a later item of the
  // list after a lead-in's colon (items cut by semicolons, no sentence between) sits under the lead-in.
  if (leadInEnd > 0) {
    // The list ends at the first clause after the colon not cut by a semicolon; found once, so a long line stays linear.
    const listEnd = spans.find((sp) => sp.start > leadInEnd && text[sp.start - 1] !== ';')?.start ?? text.length;
    // An earlier item recording a dose or response opens the list too, though the name it opens with is misspelt ("gluteus minimis, LTR x3; piriformis").
    const firstRecorded = firstRecordedItemEnd(text, leadInEnd, listEnd);
    let listed = false;
    verdicts.forEach((v, k) => {
      if (ms[k].start < leadInEnd || ms[k].start >= listEnd) return;
      if (v.needled || ms[k].start >= firstRecorded) listed = true;
      // An item with a dose or response of its own was needled, whatever else it says it felt ("L middle trapezius, LTR x2, familiar 'knot'"), as under a lead-in line.
      const examWithOwnResponse = () => {
        const cut = text.indexOf(';', ms[k].end);
        return hasStrongDetail(text.slice(ms[k].end, cut < 0 || cut > listEnd ? listEnd : cut));
      };
      if (v.needled || !listed || ms[k].kind === 'group' || (v.reason !== 'no-evidence' && !(v.reason === 'exam' && examWithOwnResponse()))) return;
      const clause = spanAt(spans, ms[k].start);
      if (!clause || clause.start <= leadInEnd || !recordShapedStartRe.test(text.slice(clause.start, ms[k].start))) return;
      verdicts[k] = { needled: true, evidence: 'lead-in' };
    });
  }
  // "Low back: DN R QL 0.30x60 …", "Glutes – R glute med …": a region the line opens with as its label says where
  // the muscles named after it are, as a lead-in's region does; alone ("Glutes: DN 0.30x60, LTR x2") it stays the record.
  verdicts.forEach((v, k) => {
    if (!v.needled || ms[k].kind !== 'group' || !recordShapedStartRe.test(text.slice(0, ms[k].start))) return;
    if (!regionLabelEndRe.test(text.slice(ms[k].end)) || !verdicts.some((w, j) => j > k && w.needled && ms[j].kind !== 'group')) return;
    verdicts[k] = { needled: false, reason: 'lead-in' };
  });
  // "DN L UT/LS … 0.25x30, pincer grip UT, LTRs in all": an approach before a muscle already needled on the line says how, not a second record.
  verdicts.forEach((v, k) => {
    const id = ms[k].muscle?.id;
    if (!v.needled || !id || !approachJustBeforeRe.test(text.slice(Math.max(0, ms[k].start - 40), ms[k].start))) return;
    if (ms.some((m, j) => j < k && verdicts[j].needled && m.muscle?.id === id)) verdicts[k] = { needled: false, reason: 'guidance' };
  });
  ms.forEach((m, k) => {
    const verdict = verdicts[k];
    if (verdict.needled) found.push({ start: m.start, end: m.end, evidence: verdict.evidence, mention: m });
    else context.push({ unit: i, start: u.start + m.start, end: u.start + m.end, written: m.text, muscle: m.muscle, reason: verdict.reason });
  });
  // A misspelt muscle is looked for where needling is recorded: next to a needled muscle, a
  // dose, or as the name an item under a needling lead-in starts with.
  const evidenced = found.length > 0 || spans.some((s) => factsOf(s).strong) || (underNeedling && u.kind !== 'heading') || recordedBelow;
  if (evidenced) {
    // A line recording a dose that names no known muscle is tried whole; beside known muscles, only the name
    // opening a clause that records a dose or response and names none ("…; semitendinosis x2 needles, LTR x2").
    const doseClauses: DoseClause[] = !ms.length
      ? (spans.some((sp) => factsOf(sp).strong) ? [{ start: 0, end: text.length, nameAt: 'any-word' }] : [])
      : withItems(outside(spans, ms).filter((sp) => factsOf(sp).strong).map((sp) => ({ ...sp, nameAt: 'clause-head' as const })), leadInItems(text, ms, leadInEnd));
    let k = 0;
    for (const x of withNameAfterLeadIn(src.vocab, text, ms, leadInEnd, unknownNames(src.vocab, text, ms, (underNeedling && !ms.length) || (!ms.length && doseClauses.length > 0) || recordedBelow, doseClauses))) {
      if (sectionAt(x.start) === 'subjective') continue;
      // Unknown names come in order, so the next known mention is found by walking forward.
      while (k < ms.length && ms[k].start <= x.end) k++;
      const next = k < ms.length ? ms[k].start : text.length;
      const verdict = judge(x.start, x.end, next, false);
      if (verdict.needled) found.push({ start: x.start, end: x.end, evidence: verdict.evidence, unknown: x });
    }
  }
  if (!found.length) return;
  found.sort((a, b) => a.start - b.start);
  // A misspelt name found after a known muscle ends that muscle's own text: "Palpation … left TFL. Dry needling, left
  // piriformus 0.30 x 75 mm" gives the dose to the misspelt name, not to the muscle palpated before it.
  for (let k = found.length - 2; k >= 0; k--) {
    const f = found[k];
    const m = f.mention;
    if (!m || !found[k + 1].unknown) continue;
    const verdict = judge(m.start, m.end, found[k + 1].start, hasOtherMeaning(src.vocab, m), false, m.kind === 'group');
    if (verdict.needled) continue;
    found.splice(k, 1);
    context.push({ unit: i, start: u.start + m.start, end: u.start + m.end, written: m.text, muscle: m.muscle, reason: verdict.reason });
  }
  dropBracketedRestatements(src.vocab, text, found, context, u.start, i);
  const sides = withLeadInSide(text, spans, found, ms, assignSides(text, found), leadInStart);
  const details = lineDetails(text, spans, found, extra(), { startBefore: sectionStartBefore, endAfter: sectionEndAfter });
  const seen = new Set<string>();
  found.forEach((f, k) => {
    const side = sides[k];
    const base = {
      unit: i, start: u.start + f.start, end: u.start + f.end, evidence: f.evidence, sideInsertAt: u.start + f.start, ...details[k],
      side: side?.side, sideAmbiguous: side?.ambiguous,
    };
    const m = f.mention;
    if (m) {
      // The same muscle named again on the line ("DN R UT …; R UT re-needled") is one record.
      const key = m.muscle ? `${m.muscle.id}|${side?.side ?? ''}` : '';
      // … and so is one named again with no side and no dose of its own after its response ("DN R UT, LS 0.25x30, LTR x3 UT, LTR x1 LS").
      // Its own text ends with its clause: the session's count after it ("… LTR x1 LS. Needles 2 in / 2 out") is no dose of its own.
      const ownText = text.slice(f.end, Math.min(k + 1 < found.length ? found[k + 1].start : text.length, spanAt(spans, f.start)?.end ?? text.length));
      const restated = Boolean(m.muscle && !side && seen.has(`${m.muscle.id}|*`) && !hasDose(ownText));
      if (key && ((seen.has(key) && f.evidence === 'verb') || restated)) {
        context.push({ unit: i, start: base.start, end: base.end, written: m.text, muscle: m.muscle, reason: 'repeat' });
        return;
      }
      if (key) seen.add(key).add(`${m.muscle!.id}|*`);
      if (m.kind === 'muscle') records.push({ ...base, written: m.text, kind: 'muscle', muscle: m.muscle! });
      else if (m.kind === 'group') records.push({ ...base, written: m.text, kind: 'group', group: m.group! });
      else records.push({ ...base, written: m.text, kind: 'ambiguous', candidates: m.candidates ?? [] });
    } else {
      const x = f.unknown!;
      records.push({
        ...base, written: x.written, kind: 'unknown', suggestions: x.suggestions, likely: likelyMuscle(src.vocab, x.written, x.suggestions),
        known: src.vocab.isKnownTerm(x.written) || undefined, side: base.side ?? x.side,
      });
    }
  });
}
