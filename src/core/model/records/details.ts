// The details of a needling record read from a stretch of text, and how details written in
// several places combine: what the record's own text says wins, then what is shared.
import { needlingAsTopicAllRe } from '../../lexicon/consent';
import { needleTechniqueRe } from '../../lexicon/needling';
import { otherResponseRe, referralRe, statesToleranceWord } from '../../lexicon/responses';
import { blankMarkRe } from '../statements/blocks';
import { findNeedleCount, findNeedles, findTechniques, findTwitches, type NeedleToken } from '../tokens';
import type { Details } from './types';
import { execAll } from '../../util/matches';

export const EMPTY: Details = { techniques: [], referral: false, tolerance: false, otherResponse: false };

/**
 * A field a form left blank ("LTR: ___", "Needle: [ ]", "Referral: ☐"): its label states nothing. The label is words, never
 * a number ("0.30x60mm LTR: ___" keeps its needle). Words are bounded so a long run stays linear.
 */
const blankFieldRe = new RegExp(String.raw`(?<![\w.])[A-Za-z][\w/+-]{0,39}(?:[ \t]+[A-Za-z][\w/+-]{0,39}){0,2}[ \t]*[:=][ \t]*(?:${blankMarkRe.source})`, 'g');

/**
 * A cell or value that is only blanks to fill ("___", "[ ]", "***"): it states nothing, not even "none". The marks are
 * taken out first, each run whole: one pattern around them backtracked over a long run of underscores in cubic time.
 */
const blankMarksRe = new RegExp(blankMarkRe.source, 'g');
const onlyMarksLeftRe = /^[\s*_.]*$/;
const onlyBlank = (text: string) => onlyMarksLeftRe.test(text.replace(blankMarksRe, ' '));

/** The text without the fields a form left blank. */
export const withoutBlankFields = (text: string) => (!blankMarkRe.test(text) ? text : onlyBlank(text) ? '' : text.replace(blankFieldRe, ' '));

export function detailsOf(written: string): Details {
  const text = withoutBlankFields(written);
  if (!text.trim()) return EMPTY;
  const twitch = findTwitches(text)[0];
  return {
    needle: findNeedles(text)[0],
    needles: findNeedleCount(text),
    techniques: findTechniques(text).map((t) => t.text),
    twitch: twitch ? { present: twitch.present, count: twitch.count } : undefined,
    referral: referralRe.test(text),
    tolerance: statesToleranceWord(text),
    otherResponse: otherResponseRe.test(text),
  };
}

/** Where a line's comma pieces end: a comma or semicolon before a space, or a full stop before a space or the end (not "0.25"). */
const pieceEndRe = /[,;](?=\s)|\.(?=\s|$)/g;

/**
 * "Prone, 0.25x30mm for UT, 0.25x40mm for levator": a needle written in the same comma piece as a lead-in's muscles is
 * theirs, not every muscle's under the lead-in. The details of each piece holding a needle, by the id of each muscle in it.
 */
export function detailsByMuscle(text: string, names: ReadonlyArray<{ start: number; end: number; id: string }>): Map<string, Details> {
  const byMuscle = new Map<string, Details>();
  const sorted = [...names].sort((a, b) => a.start - b.start);
  let k = 0;
  let from = 0;
  const piece = (to: number) => {
    const inside: string[] = [];
    for (; k < sorted.length && sorted[k].start < to; k++) if (sorted[k].start >= from) inside.push(sorted[k].id);
    if (inside.length) {
      const details = detailsOf(text.slice(from, to));
      // The needle's offsets stay those of the whole line, as a lead-in's needle read from the line has.
      const needle = details.needle && { ...details.needle, start: details.needle.start + from, end: details.needle.end + from };
      if (needle) for (const id of inside) if (!byMuscle.has(id)) byMuscle.set(id, { ...details, needle });
    }
    from = to + 1;
  };
  for (const m of execAll(pieceEndRe, text)) piece(m.index);
  piece(text.length);
  return byMuscle;
}

/** A needle with a length beats one without (a gauge only); the thinner detail fills the other. */
function pickNeedle(a?: NeedleToken, b?: NeedleToken): NeedleToken | undefined {
  if (a?.lengthMm || !b) return a ?? b;
  if (!a) return b;
  return b.lengthMm ? { ...b, diameterMm: b.diameterMm ?? a.diameterMm, gauge: b.gauge ?? a.gauge } : a;
}

/** `first`, with what it lacks taken from `then`. */
export function fill(first: Details, then: Details): Details {
  return {
    needle: pickNeedle(first.needle, then.needle),
    needles: first.needles ?? then.needles,
    techniques: first.techniques.length ? first.techniques : then.techniques,
    twitch: first.twitch ?? then.twitch,
    referral: first.referral || then.referral,
    tolerance: first.tolerance || then.tolerance,
    otherResponse: first.otherResponse || then.otherResponse,
  };
}

export const isEmpty = (d: Details) => !d.needle && d.needles === undefined && !d.twitch && !d.techniques.length && !d.referral && !d.tolerance && !d.otherResponse;

/** A needle size or count: the needle went in. */
export const hasDose = (text: string) => findNeedles(text).length > 0 || findNeedleCount(text) !== undefined;
/** A needle-only technique named as done: "IMS education", "IMS consent form" name it as a topic. */
export const namesNeedleTechnique = (text: string) => needleTechniqueRe.test(text) && needleTechniqueRe.test(text.replace(needlingAsTopicAllRe, ' '));
/** A dose, a twitch or a needle-only technique. */
export const hasStrongDetail = (text: string) => hasDose(text) || findTwitches(text).length > 0 || namesNeedleTechnique(text);
