import type { Vocabulary } from '../../vocab';
import { muscleOf, type ContextMention, type NeedlingRecord } from './types';

/**
 * A muscle named again later with no dose of its own, and no twitch with a side of its own ("A:
 * good response to DN of UT", "mild cramp with glute min LTR"), or named in the Assessment or Plan
 * beside a summary of the responses, is the record already made, not a second one; in the summary,
 * also when the record it repeats has only a response ("R TFL, LTR x1" then "A: TrP contribution VMO/TFL").
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
  const kept: NeedlingRecord[] = [];
  for (const r of records) {
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
    kept.push(r);
  }
  return kept;
}
