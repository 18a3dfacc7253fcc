// A clinic's legend of its shorthand ("Legend: DN dry needling · RF referral · TB taut band").
// An abbreviation the legend defines as something other than a muscle is not a muscle anywhere
// in that note: "RF → occiput" is a referral there, not rectus femoris.
import { legendLabelRe } from '../lexicon/labels';
import type { Vocabulary } from '../vocab';
import type { Unit } from './units';

const entryRe = /^\s*([A-Za-z][A-Za-z0-9/+&-]{0,7})\s*(?:=|:|-|–|—)?\s+(.+?)\s*$/;

/** Abbreviations a legend in the note defines as something that is not a muscle. */
export function nonMuscleAbbreviations(units: readonly Unit[], vocab: Vocabulary): ReadonlySet<string> {
  const out = new Set<string>();
  for (const u of units) {
    const label = legendLabelRe.exec(u.text);
    if (!label) continue;
    for (const entry of u.text.slice(label[0].length).split(/\s*[·•;|,]\s*/)) {
      const m = entryRe.exec(entry);
      if (!m) continue;
      const [, abbreviation, meaning] = m;
      const namesMuscle = vocab.scanMuscles(meaning).some((x) => x.kind !== 'ambiguous');
      if (!namesMuscle && vocab.scanMuscles(abbreviation).length) out.add(abbreviation);
    }
  }
  return out;
}
