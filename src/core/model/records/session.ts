// Details written once for the whole session: "Needles: 0.25 × 30 mm throughout", "Pt tolerated
// well", "LTRs obtained in all muscles". They answer for every needled muscle that lacks its own.
import { examRe } from '../../lexicon/exam';
import { acupointRe, approachRe } from '../../lexicon/needling';
import { allWordRe, superlativeMostRe } from '../../lexicon/quantifiers';
import { plannedRe } from '../../lexicon/status';
import { hypotheticalCueRe, referralRe, riskEventRe, statesToleranceWord, toleranceAdviceRe, toleranceAllRe } from '../../lexicon/responses';
import type { Section } from '../sections';
import { findNeedles, findTwitches, type NeedleToken } from '../tokens';
import type { Unit } from '../units';
import { execAll } from '../../util/matches';
import { sentenceStopSource } from '../../lexicon/short-forms';
import { countBefore } from '../../util/search';

/** A full stop that ends a sentence: not after a short form ("incl.") or inside a number ("0.30"). */
const sentenceStopRe = new RegExp(sentenceStopSource('\\d'), 'g');

export interface SessionDetails {
  /**
   * Needle sizes written on lines that name no muscle, by unit index, in order. A size on a lead-in is not one: it reaches
   * only the muscles under it (inherit.ts), not one needled in a paragraph of its own after its list.
   */
  needles: Array<{ unit: number; section: number; needle: NeedleToken }>;
  /** A tolerance statement for the session. */
  tolerance: boolean;
  /** "LTRs in all muscles", "familiar pain reproduced throughout". */
  allMuscles: { twitch?: { present: boolean; count?: number }; referral: boolean };
}

const needleWordRe = /\bneedles?\b/i;

/**
 * Session-wide details from lines that are not themselves records nor a record's details: a line
 * that only names muscles as context ("pincer grip used for UT. LTRs in all muscles") still counts.
 */
export function sessionDetails(
  units: readonly Unit[], sections: readonly Section[], notSession: ReadonlySet<number>, ownNeedles: ReadonlySet<number> = new Set(), leadIns: ReadonlySet<number> = new Set(),
): SessionDetails {
  const out: SessionDetails = { needles: [], tolerance: false, allMuscles: { referral: false } };
  units.forEach((u, i) => {
    if (u.kind === 'heading' || u.kind === 'row' || notSession.has(i)) return;
    const kind = u.section >= 0 ? sections[u.section].kind : 'other';
    if (kind === 'subjective' || plannedRe.test(u.text)) return;
    // A size written with a needled muscle is that muscle's ("DN L piriformis 0.30x75"), not the session's.
    if (kind !== 'plan' && kind !== 'assessment' && !ownNeedles.has(i) && !leadIns.has(i)) {
      // A needle statement: a full size (0.30x50) or a length the line calls a needle ("40 mm needles").
      // Not an acupuncture point's ("BL23 bilat – 0.30 x 40 mm" under the muscles, "Acupuncture points: KI3 R, BL57 R, 0.20x30 mm",
      // "Acu 0.20x25 mm, 20 min: GB20 x2, LI4 x2"): a size on a line that names points is the points' needle.
      const needle = findNeedles(u.text).find((n) => n.lengthMm && (n.diameterMm || needleWordRe.test(u.text)));
      if (needle && !acupointRe.test(u.text)) out.needles.push({ unit: i, section: u.section, needle });
    }
    if (statesTolerance(u.text)) out.tolerance = true;
    // "TTP R UT, R SCM, all reproduce HA": an examination finding, not a response to needling ("flat palpation" is an approach, not an exam).
    if (kind !== 'plan' && allWordRe.test(u.text) && allWordRe.test(u.text.replace(superlativeMostRe, ' ')) && !examRe.test(u.text.replace(approachRe, ' '))) {
      const twitch = findTwitches(u.text)[0];
      if (twitch && !out.allMuscles.twitch) out.allMuscles.twitch = { present: twitch.present, count: twitch.count };
      if (referralRe.test(u.text)) out.allMuscles.referral = true;
    }
  });
  return out;
}

/**
 * A tolerance statement on the line: "tolerated well", "vasovagal episode, stopped early" (not advice:
 * "walk as tolerated"). A
 * vasovagal reaction or syncope named as a risk in a consent or a warning in the aftercare
 * ("risks explained (bruising, soreness, vasovagal)") is not how this patient took the needling.
 */
function statesTolerance(text: string): boolean {
  if (!statesToleranceWord(text)) return false;
  for (const m of execAll(toleranceAllRe, text.replace(toleranceAdviceRe, (a) => ' '.repeat(a.length)))) {
    if (!riskEventRe.test(m[0])) return true;
    // Back to the sentence's start ("Risks reviewed incl. pneumothorax (UT), bleeding, bruising, …, vasovagal": "incl." ends no
    // sentence), within a bounded window so a long line stays linear.
    const before = text.slice(Math.max(0, m.index! - 200), m.index);
    let clauseStart = before.lastIndexOf(';') + 1;
    for (const stop of execAll(sentenceStopRe, before)) clauseStart = Math.max(clauseStart, stop.index! + 1);
    if (!hypotheticalCueRe.test(before.slice(clauseStart))) return true;
  }
  return false;
}

/**
 * Finds, for a record, the session needle that applies: the nearest before it in its section, else the first after it, else the note's only one.
 */
export function sessionNeedles(session: SessionDetails): (unit: number, section: number) => NeedleToken | undefined {
  const bySection = new Map<number, SessionDetails['needles']>();
  for (const n of session.needles) bySection.set(n.section, [...(bySection.get(n.section) ?? []), n]);
  const sizes = new Set(session.needles.map((n) => `${n.needle.diameterMm}x${n.needle.lengthMm}`));
  const only = sizes.size === 1 ? session.needles[0].needle : undefined;
  return (unit, section) => {
    const list = bySection.get(section);
    if (!list) return only;
    // Last entry before `unit` (binary search; entries are in document order).
    const before = countBefore(list.length, (i) => list[i].unit < unit) - 1;
    if (before >= 0) return list[before].needle;
    return list[0].needle;
  };
}
