// A muscle named, then named again in brackets, is one muscle: on a line and in a table's muscle cell,
// also when the first name is misspelt.
import { ONE_SIDE_SOURCE, SIDE_SOURCE } from '../../lexicon/sides';
import type { MuscleMention, Vocabulary } from '../../vocab';
import type { ContextMention } from './types';
import { likelyMuscle, type unknownNames } from './unknown';

/** Between a group and its first member: "glutes (R glute med…", "calf: soleus". */
const groupThenMemberRe = new RegExp(String.raw`^\s*[(:\-–]\s*(?:${ONE_SIDE_SOURCE}\.?\s+)?$`, 'i');
/** Between a name and its restatement: a bracket, also after the name's side ("vastus medialis (R) (VMO fibres)", "vastus medialis R (VMO)"). */
const restatedGapRe = new RegExp(String.raw`^\s*(?:(?:\(\s*${SIDE_SOURCE}\.?\s*\)|${SIDE_SOURCE}\.?)\s*)?\(\s*$`, 'i');
/** A side written just before a name ("… R calf"). */
const sideJustBeforeRe = new RegExp(String.raw`\b${SIDE_SOURCE}\.?\s*$`, 'i');

/**
 * "upper trapezius (UT)", "vastus medialis (VMO fibres)", "glutes (glute med, glute min)", "soleus …
 * (mid calf)": one record, not two.
 */
export function mergeRestatements(text: string, ms: readonly MuscleMention[], vocab: Vocabulary): MuscleMention[] {
  const out: MuscleMention[] = [];
  // The muscles kept so far, so a group asks about its members without a pass over the line's mentions.
  const kept = new Set<string>();
  ms.forEach((m, i) => {
    const prev = out[out.length - 1];
    const gap = prev ? text.slice(prev.end, m.start) : '';
    if (prev && restatedGapRe.test(gap) && prev.muscle && m.muscle && vocab.billingParent(prev.muscle).id === vocab.billingParent(m.muscle).id) return;
    // A group named, then its members: the members are what was needled.
    if (m.kind === 'group' && m.group) {
      const next = ms[i + 1];
      if (next?.muscle && m.group.members.includes(next.muscle.id) && groupThenMemberRe.test(text.slice(m.end, next.start))) return;
      // A member named, then its group with no side of its own ("R soleus …, 2 needles (medial mid calf)"): where, not what.
      const member = m.group.members.some((id) => kept.has(id));
      if (member && !sideJustBeforeRe.test(text.slice(Math.max(0, m.start - 24), m.start))) return;
    }
    out.push(m);
    if (m.muscle) kept.add(m.muscle.id);
  });
  return out;
}

/**
 * "R vastus medialus (VMO fibres) 0.30x50": a misspelt name restated in brackets by a known name of
 * the same muscle is one record, the misspelt one (which carries the side and gets unknown-muscle).
 */
export function dropBracketedRestatements(
  vocab: Vocabulary, text: string, found: Array<{ start: number; end: number; mention?: MuscleMention; unknown?: ReturnType<typeof unknownNames>[number] }>,
  context: ContextMention[], base: number, unit: number,
): void {
  for (let k = found.length - 1; k > 0; k--) {
    const prev = found[k - 1];
    const m = found[k].mention;
    if (!prev.unknown || !m?.muscle || !restatedGapRe.test(text.slice(prev.end, found[k].start))) continue;
    const likely = likelyMuscle(vocab, prev.unknown.written, prev.unknown.suggestions);
    if (!likely || vocab.billingParent(likely).id !== vocab.billingParent(m.muscle).id) continue;
    context.push({ unit, start: base + m.start, end: base + m.end, written: m.text, muscle: m.muscle, reason: 'repeat' });
    found.splice(k, 1);
  }
}
