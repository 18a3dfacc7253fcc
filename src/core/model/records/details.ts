// The details of a needling record read from a stretch of text, and how details written in
// several places combine: what the record's own text says wins, then what is shared.
import { needlingAsTopicAllRe } from '../../lexicon/consent';
import { needleTechniqueRe } from '../../lexicon/needling';
import { otherResponseRe, referralRe, statesToleranceWord } from '../../lexicon/responses';
import { blankMarkRe } from '../statements/blocks';
import { findNeedleCount, findNeedles, findTechniques, findTwitches, type NeedleToken } from '../tokens';
import type { Details } from './types';

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
