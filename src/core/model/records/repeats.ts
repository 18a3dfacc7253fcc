import type { Muscle, Vocabulary } from '../../vocab';
import type { NeedleToken } from '../tokens';
import { muscleOf, type ContextMention, type NeedlingRecord } from './types';

/**
 * A muscle named again later with no dose of its own, and no twitch with a side of its own ("A:
 * good response to DN of UT", "mild cramp with glute min LTR"), or named in the Assessment or Plan
 * beside a summary of the responses, is the record already made, not a second one; in the summary,
 * also when the record it repeats has only a response ("R TFL, LTR x1" then "A: TrP contribution VMO/TFL"),
 * and a group named there after some of its members were recorded ("A: quads TrP contribution (VMO/VL)"),
 * or named by a needling title over its recorded members with nothing of its own ("Dry needling — calf, prone").
 */
export function withoutRepeats(
  records: NeedlingRecord[], context: ContextMention[], vocab: Vocabulary, inSummary: (r: NeedlingRecord) => boolean = () => false, sectionOf: (r: NeedlingRecord) => number = () => 0,
): NeedlingRecord[] {
  const strong = new Map<string, NeedlingRecord>();
  // The Assessment or Plan's summary also repeats a muscle whose record has only a response ("R TFL, LTR x1").
  const any = new Map<string, NeedlingRecord>();
  // A misspelt name with a confident suggestion ("vastus lateralus") is that muscle when named again ("VL").
  const keyOf = (r: NeedlingRecord) => {
    const muscle = muscleOf(r);
    return muscle ? vocab.billingParent(muscle).id : undefined;
  };
  // Muscles recorded (and the muscles they are parts of), so a group in the summary can ask about its members,
  // recorded before it ("A: quads … good LTRs today") or after it ("A: … DN to address calf TrPs today" over the records).
  const recorded = new Set<string>();
  // … and where each muscle is last recorded with a side: an exam finding before it names the same muscle.
  const lastWithSide = new Map<string, number>();
  records.forEach((r, k) => {
    const muscle = muscleOf(r);
    if (!muscle) return;
    const key = vocab.billingParent(muscle).id;
    recorded.add(muscle.id).add(key);
    if (r.side) lastWithSide.set(key, k);
  });
  // Where each muscle is last recorded outside the Assessment and Plan, by itself, as a part or as a member of a group
  // recorded ("DN R glutes – 0.30 x 60 mm" records glute med and max): an Intervention after a SOAPIER Plan.
  const lastOutsideSummary = new Map<string, number>();
  records.forEach((o, j) => {
    if (inSummary(o)) return;
    const muscles = o.kind === 'group' ? o.group.members.flatMap((id) => vocab.byId(id) ?? []) : [muscleOf(o)].flatMap((m) => m ?? []);
    for (const m of muscles) lastOutsideSummary.set(m.id, j).set(vocab.billingParent(m).id, j);
  });
  const kept: NeedlingRecord[] = [];
  for (const [k, r] of records.entries()) {
    // "A: scalene/SCM TrPs still reproduce sx. Good LTRs today.": a group that sums up its recorded members;
    // so does a region a needling title names over its recorded muscles ("**Dry needling — calf, prone**"),
    // with nothing of its own (no side, needle, count or response).
    const titleOverMembers = r.evidence === 'verb' && !r.side && r.needles === undefined && !r.twitch && !r.referral && !r.tolerance && !r.otherResponse;
    if (r.kind === 'group' && (inSummary(r) || titleOverMembers) && !r.needle && r.evidence !== 'dose' && r.group.members.some((id) => recorded.has(id))) {
      context.push({ unit: r.unit, start: r.start, end: r.end, written: r.written, reason: 'repeat' });
      continue;
    }
    const key = keyOf(r);
    // Named again with no side of its own ("mild cramp w/ VL LTR" after "R vastus lateralis, LTR x4"), a response-only record is enough.
    const earlier = key ? strong.get(key) ?? (inSummary(r) || !r.side ? any.get(key) : undefined) : undefined;
    // In the Assessment or Plan, a record with no needle of its own is weak whatever named it ("Good response to IMS to L QL today").
    // So is a count alone, with no side or needle ("brief sharp pain on 1 insertion in piriformis" under "L piriformis: 0.30 x 75 mm"):
    // one of the insertions of the needling recorded.
    const countOnly = r.evidence === 'dose' && !r.needle && !r.side;
    const weak = r.evidence === 'verb' || r.evidence === 'lead-in' || r.evidence === 'response' || (inSummary(r) && !r.needle) || countOnly;
    // A technique alone, with no side ("rib bracketing for rhomboid/mid trap, pistoning" under the table), says how
    // that very muscle, recorded before, was needled (not another part of it: "L lower trap, pistoning" after "L middle trap …").
    const howRecordedWasNeedled = r.evidence === 'technique' && !r.side && earlier !== undefined && muscleOf(earlier)?.id === muscleOf(r)?.id;
    // "TTP … R UT …; UT reproduces temple HA" before the record of R UT: the symptom a palpation
    // reproduced, with no side, needle or twitch of its own, is the exam's, not a record.
    const later = key ? lastWithSide.get(key) : undefined;
    if (r.evidence === 'response' && !r.side && !r.needle && !r.twitch && later !== undefined && later > k && records[later].unit !== r.unit) {
      context.push({ unit: r.unit, start: r.start, end: r.end, written: r.written, muscle: r.kind === 'muscle' ? r.muscle : undefined, reason: 'exam' });
      continue;
    }
    // "A: … DN today to settle L multifidus/QL TrPs" over the procedure that records them: the Assessment's reason
    // for today's needling, with nothing of its own (no needle, count or response), names the records to come. So does
    // a procedure's account of how, with no side either ("multifidus needled onto lamina" over the table recording it).
    if ((inSummary(r) || !r.side) && r.evidence === 'verb' && !r.needle && r.needles === undefined && !r.twitch && !r.referral && !r.tolerance && !r.otherResponse
      && later !== undefined && later > k && (!r.side || records[later].side === r.side)) {
      context.push({ unit: r.unit, start: r.start, end: r.end, written: r.written, muscle: r.kind === 'muscle' ? r.muscle : undefined, reason: 'repeat' });
      continue;
    }
    // "P: DN R glute med/max today" over an Intervention section that records them (SOAPIER notes write the Plan first): a Plan
    // or Assessment naming muscles to needle, with nothing of its own, plans the records written after it in a later section.
    const recordedAfter = key === undefined ? undefined : lastOutsideSummary.get(key) ?? lastOutsideSummary.get(muscleOf(r)!.id);
    if (inSummary(r) && r.evidence === 'verb' && !r.needle && r.needles === undefined && !r.twitch && !r.referral && !r.tolerance && !r.otherResponse
      && recordedAfter !== undefined && recordedAfter > k && sectionOf(records[recordedAfter]) > sectionOf(r)) {
      context.push({ unit: r.unit, start: r.start, end: r.end, written: r.written, muscle: r.kind === 'muscle' ? r.muscle : undefined, reason: 'plan' });
      continue;
    }
    // A twitch said again without a side ("mild cramp with glute min LTR" under the table) is about the same
    // needling, and so is one in the Assessment or Plan's summary ("R QL/glute med, good LTRs today").
    // Another part of the same muscle outside the summary ("- lateral gastrocnemius: LTR x2" under "- R medial gastrocnemius …") is its own record.
    const otherPart = earlier !== undefined && !inSummary(r) && isOtherPart(muscleOf(r), muscleOf(earlier), vocab);
    // On the same line only the technique-only restatement ("… R middle trap LTR x3. Rib bracketing for rhomboid/mid trap, pistoning").
    // (The restatement on a dictated line shares its lead-in's needle with the record: the same size is no needle of its own.)
    const ownNeedle = r.needle && !(howRecordedWasNeedled && earlier?.unit === r.unit && sameSize(r.needle, earlier?.needle));
    // … and a response named for it after the record ("DN R UT/LS, 0.25 x 30 mm, LTR x3 UT, LTR x1 LS"): no side, no needle of its own.
    const responseNamedFor = r.evidence === 'response' && !r.side && !r.needle && earlier?.unit === r.unit;
    // The same side, or no side to compare; in the summary one side of a muscle needled on both ("R QL and multifidus" after "multifidus bilat").
    const sameSide = !r.side || !earlier?.side || r.side === earlier.side || (earlier.side === 'B' && inSummary(r));
    if (earlier && !otherPart && (weak || howRecordedWasNeedled) && (earlier.unit !== r.unit || howRecordedWasNeedled || responseNamedFor) && sameSide && !ownNeedle
      && (!r.twitch || !r.side || inSummary(r))) {
      context.push({ unit: r.unit, start: r.start, end: r.end, written: r.written, muscle: r.kind === 'muscle' ? r.muscle : undefined, reason: 'repeat' });
      continue;
    }
    if (key && !weak && !strong.has(key)) strong.set(key, r);
    if (key && !any.has(key)) any.set(key, r);
    // "DN R UT/LS …" then "A: R UT / levator scapulae …, good LTRs today": the summary names one reading of the abbreviation recorded.
    if (r.kind === 'ambiguous') {
      for (const c of r.candidates) {
        const candidateKey = vocab.billingParent(c).id;
        if (!any.has(candidateKey)) any.set(candidateKey, r);
      }
    }
    kept.push(r);
  }
  return kept;
}

const sameSize = (a: NeedleToken, b: NeedleToken | undefined) => b !== undefined && a.diameterMm === b.diameterMm && a.lengthMm === b.lengthMm && a.gauge === b.gauge;

/** Two different parts of one muscle (medial and lateral gastrocnemius, upper and middle trapezius): neither is the whole. */
function isOtherPart(a: Muscle | undefined, b: Muscle | undefined, vocab: Vocabulary): boolean {
  if (!a || !b || a.id === b.id) return false;
  return vocab.billingParent(a).id !== a.id && vocab.billingParent(b).id !== b.id;
}
