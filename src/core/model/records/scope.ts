// What governs each line: the needling lead-ins, parent items and headings it sits under. Details
// written once on a lead-in ("Left, prone, 0.30x50 mm, pistoning:") or a parent bullet belong to
// every muscle under it, and a muscle under a needling lead-in was needled unless its own words
// say otherwise. One forward pass over the units.
import { NEEDLING_HEADING_TERMS, needleTechniqueRe, needlingHeadingRe, needlingTermRe } from '../../lexicon/needling';
import { AFTER, alternation } from '../../lexicon/pattern';
import { endsWithColon, noteTitleWordRe, statementLabelRe, TITLE_SHAPE_SOURCE } from '../../lexicon/labels';
import { SIDE_SOURCE } from '../../lexicon/sides';
import { notDoneRe, plannedRe } from '../../lexicon/status';
import { otherTreatmentRe } from '../../lexicon/treatments';
import type { MuscleMention } from '../../vocab';
import type { Section } from '../sections';
import type { Unit } from '../units';
import { hasDose, hasStrongDetail } from './details';
import { parseSideCell } from '../tokens';
import { statesNeedlesOut } from '../statements/needle-count';

export interface Scopes {
  /** Lead-ins and headings that govern each unit, nearest first. */
  governors: number[][];
  /** Parent list items of each unit (their first lines), nearest first. */
  parents: number[][];
  /** Units that open needling: a lead-in line or item, a parent item with a needling word, a needling heading. */
  hosts: Set<number>;
  /** Hosts with muscles named under them: their own muscles are a description, not records. */
  hostsOfMuscles: Set<number>;
  /** The muscles (ids) named under each host. */
  musclesUnder: Map<number, Set<string>>;
}


/** "Right foot:", "L lower leg:": a side and the part of the body the muscles under it are in, and nothing else. */
const sideAndPlaceLeadInRe = new RegExp(`^[\\s*_#>-]*${SIDE_SOURCE}\\s+\\p{L}+(?:[ \\t-]+\\p{L}+){0,2}[*_]*\\s*:[*_]*\\s*$`, 'iu');

/** A line that is only a name of needling ("DN", "**Dry needling**"): a heading in all but form. */
const onlyNeedlingRe = new RegExp(`^[\\s*_#>-]*(?:${alternation(NEEDLING_HEADING_TERMS)})(?:\\s+(?:performed|today|procedure|treatment|session|note|details|record))?[\\s*_.:-]*$`, 'iu');

/**
 * A bold line led by a needling word, with the details it shares, inside the bold or after it
 * ("**Dry needling — L calf, prone**", "**Dry needling** — L calf, prone" over a table, "**IMS today** (prone)" over a list): a lead-in in all but its colon.
 */
const boldNeedlingTitleRe = new RegExp(
  `^\\s*(\\*\\*|__)\\s*(?:${alternation(NEEDLING_HEADING_TERMS)})${AFTER}(?:[^*_\\n]{0,80}\\1(?:\\s*\\([^()\\n]{0,80}\\))?[\\s:.]*|\\s*\\1\\s*[-–—]\\s*[^*_\\n]{0,80})$`, 'u');

/**
 * A plain line led by a needling word and a dash or bracket, with the details it shares and no full stop
 * ("DN — prone, 0.30 x 60 mm unless noted", "IMS (prone)"): a lead-in in all but its colon when a list starts on the next line.
 */
const plainNeedlingTitleRe = new RegExp(`^[\\s>-]*(?:${alternation(NEEDLING_HEADING_TERMS)})${AFTER}\\s*(?:[-–—]|\\()[^\\n]{0,80}(?<![.!?])$`, 'iu');

/**
 * A line led by a needling word that names no muscle and gives the needle ("**Dry needling** · prone, 0.25 x 30 mm, flat-angle
 * technique", "Dry needling: prone, 0.25 x 30 mm"), right over a list, says how the list's muscles were needled: a lead-in
 * whatever mark follows its name. One that plans or holds the needling leads nothing.
 */
const ledByNeedlingRe = new RegExp(`^[\\s>*_-]*(?:${alternation(NEEDLING_HEADING_TERMS)})${AFTER}`, 'iu');
const needleLeadIn = (text: string, own: readonly MuscleMention[]) => !own.length && ledByNeedlingRe.test(text) && hasDose(text) && !plannedRe.test(text) && !notDoneRe.test(text);

/**
 * "# Physical Therapy Daily Note — Dry Needling / Therapeutic Exercise": the note's title (a level-1
 * heading, or the note's first heading at any level) names what the visit held; it is no lead-in.
 */
const titleShapeRe = new RegExp(TITLE_SHAPE_SOURCE);
const noteTitle = (u: Unit, firstHeading: boolean) => (u.depth === 1 || firstHeading) && (noteTitleWordRe.test(u.text) || titleShapeRe.test(u.text));

const opensOnLine = (s: Section, u: Unit) => s.labelStart >= u.start && s.labelStart < u.start + u.text.length;

const hasNeedlingCue = (text: string) => needlingTermRe.test(text) || needleTechniqueRe.test(text) || hasDose(text);

/**
 * "Prone, 0.25x30mm for UT, 0.25x40mm for levator." right over "- B/L upper trapezius — LTR x3" and "- L levator — LTR x2":
 * a line whose every muscle the list right below it names again describes that list, as a lead-in does, colon or not.
 */
function namesOnlyWhatListBelowNames(units: readonly Unit[], mentions: readonly MuscleMention[][], i: number): boolean {
  const own = mentions[i].filter((m) => m.muscle);
  if (!own.length || own.length < mentions[i].length) return false;
  const below = new Set<string>();
  const top = units[i + 1].topStart;
  for (let j = i + 1; j < units.length && units[j].kind === 'item' && units[j].topStart === top; j++) {
    for (const m of mentions[j]) if (m.muscle) below.add(m.muscle.id);
  }
  return own.every((m) => below.has(m.muscle!.id));
}

export function findScopes(units: readonly Unit[], sections: readonly Section[], mentions: readonly MuscleMention[][]): Scopes {
  const governors: number[][] = units.map(() => []);
  const parents: number[][] = units.map(() => []);
  const hosts = new Set<number>();
  const firstOfBlock = new Map<number, number>();
  const childCount = new Map<number, number>();
  units.forEach((u, i) => {
    if (!firstOfBlock.has(u.block)) firstOfBlock.set(u.block, i);
    if (u.parentItem >= 0 && units[i - 1]?.block !== u.block) childCount.set(u.parentItem, (childCount.get(u.parentItem) ?? 0) + 1);
  });
  const hostOfBlock = new Map<number, number>();
  const siblingHost = new Map<string, number>();
  /** Items whose lazily continued lines reached a labelled statement ("- R soleus x2" then "Aftercare: …" then "Calf raises 3x12"). */
  const statementInItem = new Set<number>();
  let lineHost = -1;
  // The last paragraph a lead-in alone in its own paragraph reaches (its own, at first); -1 once a list or table follows it.
  let paragraphsLed = -1;
  let headingHost = -1;
  let headingHostDepth = 0;
  let headingHostSection = -1;
  let headingsSeen = 0;
  // The lead-in item right above the table being read, if any.
  let tableTop = -1;
  let tableHost = -1;
  // "**Manual therapy:**" alone on its line under a needling heading: the rest of its paragraph and the list right after it are that treatment.
  let otherLabel = -1;
  let otherList = -1;

  for (let i = 0; i < units.length; i++) {
    const u = units[i];
    if (u.kind === 'heading') {
      const firstHeading = headingsSeen++ === 0;
      lineHost = -1;
      siblingHost.clear();
      // A needling heading reaches its subheadings, not the next section ("# Initial Assessment + DN" over "## Objective").
      if (headingHost >= 0 && (u.depth <= headingHostDepth || (u.section >= 0 && u.section !== headingHostSection))) headingHost = -1;
      if (needlingHeadingRe.test(u.text) && !plannedRe.test(u.text) && !noteTitle(u, firstHeading)) {
        headingHost = i;
        headingHostDepth = u.depth;
        headingHostSection = u.section;
        hosts.add(i);
      }
      continue;
    }
    if (headingHost >= 0 && u.section !== headingHostSection && sections[u.section]?.firstUnit === i) headingHost = -1;
    const sectionStart = u.section >= 0 && sections[u.section]?.firstUnit === i;
    // A section opened by the lead-in itself, mid-line ("Consent on file. DN prone, 0.30x50 mm:"), keeps it as the host.
    if (sectionStart && !(lineHost >= 0 && opensOnLine(sections[u.section], units[lineHost]))) lineHost = -1;

    const gov: number[] = [];
    // Parent items, nearest first; a parent that opens needling governs its children.
    for (let p = u.parentItem, guard = 0; p >= 0 && guard < 32; guard++) {
      const pi = firstOfBlock.get(p);
      if (pi === undefined) break;
      parents[i].push(pi);
      if (hostOfBlock.has(p)) gov.push(hostOfBlock.get(p)!);
      p = units[pi].parentItem;
    }
    const siblingKey = `${u.topStart}:${u.parentItem}:${u.depth}`;
    if (u.kind === 'item') {
      // A lead-in item that ends one list leads the list that starts right after it ("- DN, L side:" then "1. TFL").
      const prev = units[i - 1];
      if (u.first && prev && prev.kind === 'item' && prev.topStart !== u.topStart && prev.depth === u.depth && !siblingHost.has(siblingKey)) {
        const carried = siblingHost.get(`${prev.topStart}:${prev.parentItem}:${prev.depth}`);
        if (carried !== undefined) siblingHost.set(siblingKey, carried);
      }
      const s = siblingHost.get(siblingKey);
      // Lines run on after an item's labelled statement (Markdown's lazy continuation, no bullet of their own) are past the needling.
      if (s !== undefined && units[s].block !== u.block && !statementInItem.has(u.block)) gov.push(s);
      // The rest of a lead-in item's own paragraph, typed on under it with no bullets ("- Dry needling, prone, 0.25 x 40 mm:"
      // then "Lt abductor hallucis – LTR x2"), is under it, as a line lead-in's paragraph is.
      const own = hostOfBlock.get(u.block);
      if (!u.first && own !== undefined && !statementInItem.has(u.block)) gov.push(own);
    }
    if (lineHost >= 0) {
      // A line lead-in reaches the rest of its paragraph and the lists and tables right after it. One alone in its
      // paragraph also reaches the paragraphs right after it that each open with a muscle or a needling detail, as notes typed
      // double-spaced, or an EMR's HTML with each line in <p> tags, give every muscle a paragraph of its own.
      if (u.kind !== 'line') paragraphsLed = -1;
      else if (u.block !== units[lineHost].block && u.block !== paragraphsLed) {
        if (paragraphsLed >= 0 && u.first && (mentions[i].length || hasStrongDetail(u.text))) paragraphsLed = u.block;
        else lineHost = -1;
      }
      if (lineHost >= 0 && !statementInItem.has(u.block)) gov.push(lineHost);
    }
    // "- **Dry needling** — prone, L calf:" ending its list, then the table of the muscles: the item leads the table as a line would.
    if (u.kind === 'row' && u.topStart !== tableTop) {
      tableTop = u.topStart;
      const before = units[i - 1];
      const host = before && before.kind === 'item' ? hostOfBlock.get(before.block) : undefined;
      tableHost = host !== undefined && host === firstOfBlock.get(before.block) ? host : -1;
    }
    if (u.kind === 'row' && tableHost >= 0) gov.push(tableHost);
    if (otherLabel >= 0) {
      if (u.kind === 'item' && otherList < 0 && units[i - 1]?.block === units[otherLabel].block) otherList = u.topStart;
      if (!(u.kind === 'line' && u.block === units[otherLabel].block) && !(u.kind === 'item' && u.topStart === otherList)) otherLabel = otherList = -1;
    }
    if (headingHost >= 0 && otherLabel < 0) gov.push(headingHost);
    governors[i] = [...new Set(gov)];

    const labelled = statementLabelRe.test(u.text);
    // The session's needle count run on under the last bullet ("Needles 2 in / 2 out, all removed.") closes the list as a labelled statement does.
    const countRunOn = !labelled && u.kind === 'item' && !u.first && !mentions[i].length && statesNeedlesOut(u.text);
    if ((labelled || countRunOn) && u.kind === 'item' && !u.first) statementInItem.add(u.block);
    const governedByNeedling = governors[i].some((g) => hosts.has(g));
    const listRightBelow = units[i + 1]?.kind === 'item' && units[i + 1].line === u.lastLine + 1;
    const introduces = endsWithColon(u.text) || onlyNeedlingRe.test(u.text) || boldNeedlingTitleRe.test(u.text) || (u.kind === 'item' && (childCount.get(u.block) ?? 0) > 0 && u.block !== units[i - 1]?.block)
      || (u.kind === 'line' && listRightBelow && (plainNeedlingTitleRe.test(u.text) || needleLeadIn(u.text, mentions[i]) || (hasDose(u.text) && namesOnlyWhatListBelowNames(units, mentions, i))));
    const opens = u.kind !== 'row' && !labelled && introduces && (hasNeedlingCue(u.text) || (governedByNeedling && endsWithColon(u.text)));
    // "Right:", "L side –": a lead-in that gives the side of what follows without itself saying needling.
    const sideLeadIn = u.kind !== 'row' && !opens && endsWithColon(u.text) && (parseSideCell(u.text.replace(/\b(?:side|sided)\b|[:*_\-–—]/gi, ' ')) !== undefined
      || (mentions[i].every((m) => m.kind === 'group') && sideAndPlaceLeadInRe.test(u.text)));
    if (u.kind === 'line' && !opens && !sideLeadIn && endsWithColon(u.text) && otherTreatmentRe.test(u.text) && !hasNeedlingCue(u.text)) {
      otherLabel = i;
      otherList = -1;
    }
    if (opens || sideLeadIn) {
      if (opens) hosts.add(i);
      // A continuation line of an item ("- LEFS 69/80" then "DN — L side, 0.30x60:" with no bullet) leads like a line.
      if (u.kind === 'item' && u.first) {
        hostOfBlock.set(u.block, i);
        // A lead-in item with sub-items leads them, not the items after it ("9. Dry needling (prone, 0.30 x 50 mm):" over
        // its bullets, then "10. Side-lying, also needled L peroneus longus"); one without leads the items after it.
        if (childCount.get(u.block)) siblingHost.delete(siblingKey);
        else siblingHost.set(siblingKey, i);
      } else {
        lineHost = i;
        paragraphsLed = units[i + 1]?.block !== u.block ? u.block : -1;
      }
    } else if (labelled || (u.kind === 'item' && endsWithColon(u.text))) {
      // A labelled statement ("Needles: 5 in / 5 out", "Aftercare:") ends what a lead-in reaches; in the paragraph of a
      // needling title ("**Dry needling:**" over "Consent: …", "Position: …", then the list) it is the session's detail, as under a heading.
      if (u.kind === 'line' && !(lineHost >= 0 && u.block === units[lineHost].block && onlyNeedlingRe.test(units[lineHost].text))) lineHost = -1;
      else siblingHost.delete(siblingKey);
    } else if (!mentions[i].length && statesNeedlesOut(u.text)) {
      // "- Needles 5 in / 5 out, all removed." as an item of its own, or as a line of the lead-in's paragraph:
      // the needling is over, so what comes after it ("Clams 3x12") is not under the lead-in.
      if (u.kind === 'line') lineHost = -1;
      else if (u.kind === 'item' && u.first) {
        siblingHost.delete(siblingKey);
        // … and a line lead-in's over the list, when the count is one of the list's own items (not a muscle's sub-item).
        if (u.depth === 1) lineHost = -1;
      }
    }
  }

  const hostsOfMuscles = new Set<number>();
  const musclesUnder = new Map<number, Set<string>>();
  units.forEach((_, i) => {
    if (!mentions[i]?.length) return;
    for (const g of governors[i]) {
      hostsOfMuscles.add(g);
      const set = musclesUnder.get(g) ?? musclesUnder.set(g, new Set()).get(g)!;
      for (const m of mentions[i]) if (m.muscle) set.add(m.muscle.id);
    }
  });
  return { governors, parents, hosts, hostsOfMuscles, musclesUnder };
}
