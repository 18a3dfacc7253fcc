// Which side each muscle of a line was needled on: the side written next to it ("R UT",
// "UT (L)", "L & R UT"), carried over a plain list ("R UT, LS and rhomboid major"), or the one
// side a lead-in or parent item gives ("Left:", "R side, prone").
import { lyingSideRe, lyingWordRe, symptomBeforeRe } from '../../lexicon/around-muscle';
import { PART_AFTER_NAME_SOURCE, PART_QUALIFIER_SOURCE, VERTEBRA_SOURCE } from '../../lexicon/places';
import { findSides, parseSideCell, type Side, type SideToken } from '../tokens';
import { execAll } from '../../util/matches';

interface At {
  start: number;
  end: number;
}

export interface SideAssignment {
  side: Side;
  ambiguous?: boolean;
}

// "glute med L", "glute med (L)", "glute med on the left"; emphasis marks ("*glute med* L") read past, as around the name,
// and so is a cell's pipe in a row pasted from a system that is no Markdown table ("DN | Bilat | adductor longus | …").
// A field's own label may stand between ("Muscle: upper trapezius | Side: Left", "upper trapezius, side: left"), also in
// square brackets as a template prints it ("[Muscle] upper trapezius [Side] R").
const between = /^[\s,:;(\-–*_|[]*(?:side[\s:=*_|\]-]*)?(?:on\s+(?:the\s+)?)?$/i;
// A side written after the muscle's level ("lumbar multifidus L4-5 bilat", "… at L5 B/L", "… at the L4-5 level bilat",
// "… at L3-4 and L4-5 on the left") is still the muscle's.
const level = `${VERTEBRA_SOURCE}(?:\\s*(?:,|and|&|\\/)\\s*${VERTEBRA_SOURCE})*`;
const betweenWithLevel = new RegExp(`^[\\s,:;(\\-–*_]*(?:(?:at|@)\\s+(?:the\\s+)?)?${level}(?:\\s+levels?)?[\\s,:;(\\-–]*(?:on\\s+(?:the\\s+)?)?$`, 'iu');
// "R gastroc medial head/soleus", "R BF long head, semitend": the part named after a muscle does not end the list.
const joiner = new RegExp(`^\\s*(?:${PART_AFTER_NAME_SOURCE}\\s*)?(?:,|and|&|\\+|\\/)\\s*$`, 'i');
// "R UT", "L-sided QL", "R lower rectus abdominis": a side right before the name, or before the part of it named.
// … or the muscle's own field label, a side field before it ("Side: L | Muscle: UT"); or the level between ("R T5-6 multifidus").
const justBefore = new RegExp(`^[\\s.,:/&+*_|[\\]-]*(?:(?:and|sided?)\\s*)?(?:muscle[\\s:=*_|\\]-]*)?(?:${level}\\s+)?(?:${PART_QUALIFIER_SOURCE}\\s+)?[*_]*$`, 'iu');

/** Pairs each mention with the side written next to it. Linear in the line: sides and mentions are walked together. */
export function assignSides(text: string, mentions: readonly At[]): Array<SideAssignment | undefined> {
  const sides = withoutLying(text, withoutOverlaps(findSides(text), mentions), mentions);
  const out: Array<SideAssignment | undefined> = [];
  let k = 0; // first side at or after the previous mention's end
  mentions.forEach((m, i) => {
    const prevEnd = i > 0 ? mentions[i - 1].end : 0;
    while (k < sides.length && sides[k].end <= prevEnd) k++;
    // Sides between the previous mention and this one, nearest last.
    let j = k;
    while (j < sides.length && sides[j].end <= m.start) j++;
    const before = sides.slice(k, j);
    const nearest = before.length ? before[before.length - 1] : undefined;
    let side: SideAssignment | undefined;
    // "(R) upper trapezius": a side in brackets before the name is as close as one without.
    const closes = nearest && text[nearest.start - 1] === '(' && text[nearest.end] === ')' ? 1 : 0;
    if (nearest && m.start - nearest.end <= 20 && justBefore.test(text.slice(nearest.end + closes, m.start))) {
      // "L & R UT", "L and R UT": sides joined to the nearest one belong to the same muscle.
      const group = [nearest];
      for (let b = before.length - 2; b >= 0 && /^\s*(?:&|and|\+|,|\/)\s*$/i.test(text.slice(before[b].end, group[0].start)); b--) group.unshift(before[b]);
      const distinct = new Set(group.map((s) => s.side));
      side = { side: distinct.size > 1 ? 'B' : nearest.side, ambiguous: group.some((s) => s.ambiguous) || undefined };
    } else {
      const nextStart = i + 1 < mentions.length ? mentions[i + 1].start : text.length;
      const after = sides[j];
      const gap = after ? text.slice(m.end, after.start) : '';
      if (after && after.start >= m.end && after.start < nextStart && ((gap.length <= 12 && between.test(gap)) || (gap.length <= 40 && betweenWithLevel.test(gap)))) {
        // "glute med L & R": sides joined after the muscle are all its own.
        const group = [after];
        for (let a = j + 1; a < sides.length && sides[a].start < nextStart && /^\s*(?:&|and|\+|\/)\s*$/i.test(text.slice(group[group.length - 1].end, sides[a].start)); a++) group.push(sides[a]);
        side = { side: new Set(group.map((s) => s.side)).size > 1 ? 'B' : after.side, ambiguous: group.some((s) => s.ambiguous) || undefined };
      }
    }
    // "R UT, levator scapulae and rhomboid major": a side carries over a plain list.
    if (!side && i > 0 && out[i - 1] && joiner.test(text.slice(mentions[i - 1].end, m.start))) side = out[i - 1];
    out.push(side);
  });
  // One muscle and one side on the line belong together, unless the side is where the pain went
  // ("QL, 0.30x60, LTR x3, familiar pain to L buttock").
  if (mentions.length === 1 && !out[0] && sides.length === 1 && !symptomBeforeRe.test(text.slice(Math.max(0, sides[0].start - 60), sides[0].start))) {
    out[0] = { side: sides[0].side, ambiguous: sides[0].ambiguous };
  }
  return out;
}

/** Items of `list` that overlap no mention; both in document order, walked together. */
function withoutOverlaps<T extends At>(list: readonly T[], mentions: readonly At[]): T[] {
  const out: T[] = [];
  let k = 0;
  for (const x of list) {
    while (k < mentions.length && mentions[k].end <= x.start) k++;
    if (k < mentions.length && mentions[k].start < x.end) continue;
    out.push(x);
  }
  return out;
}

/**
 * Sides that say how the patient lay ("side-lying R side down", "L side-lying"), unless a muscle's
 * name follows the side ("side-lying L QL 0.30x60"). Mentions are in order; the walk is linear.
 */
function withoutLying(text: string, sides: SideToken[], mentions: readonly At[]): SideToken[] {
  if (!sides.length || !lyingWordRe.test(text)) return sides;
  const spans = execAll(lyingSideRe, text).map((m) => ({ start: m.index!, end: m.index! + m[0].length }));
  if (!spans.length) return sides;
  let k = 0;
  return sides.filter((sd) => {
    // A side that starts inside the position is its own, though it ends on a full stop ("pt side-lying on L.").
    if (!spans.some((sp) => sp.start <= sd.start && sd.start < sp.end)) return true;
    while (k < mentions.length && mentions[k].start < sd.end) k++;
    return k < mentions.length && /^\s*$/.test(text.slice(sd.end, mentions[k].start));
  });
}

/** Whether `b` starts right after `a`: at most two characters between, or a space and emphasis marks ("R UT", "R **UT**"). */
const nextTo = (text: string, a: At, b: At) => Math.abs(b.start - a.end) <= 2 || (b.start > a.end && b.start - a.end <= 6 && /^[\s*_]+$/.test(text.slice(a.end, b.start)));

/**
 * The one side a lead-in, parent item or heading states for what sits under it ("Left, prone,
 * 0.30x50:", "R side:", "## Right shoulder"), ignoring sides written next to muscles it names.
 */
export function sideOfText(text: string, mentions: readonly At[] = []): SideAssignment | undefined {
  const whole = parseSideCell(text.replace(/\b(?:side|sided)\b|[:()\-–—*_]/gi, ' '));
  if (whole) return { side: whole };
  const sides = withoutLying(text, findSides(text), mentions).filter((s) => !mentions.some((m) => nextTo(text, s, m) || nextTo(text, m, s) || (s.start < m.end && s.end > m.start)));
  const distinct = new Set(sides.map((s) => s.side));
  if (distinct.size !== 1) return undefined;
  return { side: sides[0].side, ambiguous: sides.some((s) => s.ambiguous) || undefined };
}
