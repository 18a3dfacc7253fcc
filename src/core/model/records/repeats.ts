import type { Vocabulary } from '../../vocab';
import { muscleOf, type ContextMention, type NeedlingRecord } from './types';

/**
 * A muscle named again later with no dose of its own, and no twitch with a side of its own ("A:
 * good response to DN of UT", "mild cramp with glute min LTR"), or named in the Assessment or Plan
 * beside a summary of the responses, is the record already made, not a second one; in the summary,
 * also when the record it repeats has only a response ("R TFL, LTR x1" then "A: TrP contribution VMO/TFL"),
 * and a group named there after some of its members were recorded ("A: quads TrP contribution (VMO/VL)").
 */
export function withoutRepeats(records: NeedlingRecord[], context: ContextMention[], vocab: Vocabulary, inSummary: (r: NeedlingRecord) => boolean = () => false): NeedlingRecord[] {
  const strong = new Map<string, NeedlingRecord>();
  // The Assessment or Plan's summary also repeats a muscle whose record has only a response ("R TFL, LTR x1").
  const any = new Map<string, NeedlingRecord>();
  // A misspelt name with a confident suggestion ("vastus lateralus") is that muscle when named again ("VL").
  const keyOf = (r: NeedlingRecord) => {
    const muscle = muscleOf(r);
    return muscle ? vocab.billingParent(muscle).id : undefined;
  };
  // Muscles recorded so far (and the muscles they are parts of), so a group in the summary can ask about its members.
  const recorded = new Set<string>();
  const kept: NeedlingRecord[] = [];
  for (const r of records) {
    // "A: scalene/SCM TrPs still reproduce sx. Good LTRs today.": a group summed up after its members were recorded.
    if (r.kind === 'group' && inSummary(r) && !r.needle && r.evidence !== 'dose' && r.group.members.some((id) => recorded.has(id))) {
      context.push({ unit: r.unit, start: r.start, end: r.end, written: r.written, reason: 'repeat' });
      continue;
    }
    const key = keyOf(r);
    const earlier = key ? strong.get(key) ?? (inSummary(r) ? any.get(key) : undefined) : undefined;
    const weak = r.evidence === 'verb' || r.evidence === 'lead-in' || r.evidence === 'response';
    // A twitch said again without a side ("mild cramp with glute min LTR" under the table) is about the same
    // needling, and so is one in the Assessment or Plan's summary ("R QL/glute med, good LTRs today").
    if (earlier && weak && earlier.unit !== r.unit && (!r.side || !earlier.side || r.side === earlier.side) && !r.needle && (!r.twitch || !r.side || inSummary(r))) {
      context.push({ unit: r.unit, start: r.start, end: r.end, written: r.written, muscle: r.kind === 'muscle' ? r.muscle : undefined, reason: 'repeat' });
      continue;
    }
    if (key && !weak && !strong.has(key)) strong.set(key, r);
    if (key && !any.has(key)) any.set(key, r);
    const muscle = muscleOf(r);
    if (muscle) recorded.add(muscle.id).add(vocab.billingParent(muscle).id);
    kept.push(r);
  }
  return kept;
}
