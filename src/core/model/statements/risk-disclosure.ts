// Risks put to the patient before needling, wherever the note says so: "Educated pt on risks of DN
// incl. PTX" as a bullet beside the consent, "Education: discussed DN risks incl. pneumothorax,
// bruising" as its own labelled line. Disclosing the risks is part of informed consent, so a
// pneumothorax named there is discussed, as it is on the consent line itself.
import { deferredAftercare, pneumothoraxNamedRe, riskWordRe } from '../../lexicon/aftercare';
import { risksPutRe } from '../../lexicon/consent';
import type { Unit } from '../units';
import { sentencesOf } from './aftercare';
import { withoutAnsweredNo } from './blocks';

export interface RiskDisclosure {
  unit: number;
  start: number;
  end: number;
  /** The sentence that puts the risks. */
  text: string;
  /** It names pneumothorax or a sign of it, not as absent ("denies SOB"). */
  pneumothorax: boolean;
}

/**
 * A statement names pneumothorax or a sign of it as a risk put now: not as absent, not put off
 * ("will discuss risks incl. PTX next visit"), not a form's question answered no ("PTX risk discussed: [N]"). Read by clause: "reviewed today incl. pneumothorax; will sign it next visit" puts it now.
 */
export const namesPneumothoraxNow = (text: string): boolean =>
  sentencesOf(withoutAnsweredNo(text)).some((s) => s.split(';').some((clause) => pneumothoraxNamedRe.test(clause) && !deferredAftercare(clause)));

/** Sentences outside the patient's report that say risks were explained, discussed or reviewed, and not put off to later. */
export function findRiskDisclosures(units: readonly Unit[], inSubjective: (u: Unit) => boolean): RiskDisclosure[] {
  const out: RiskDisclosure[] = [];
  units.forEach((u, i) => {
    if (u.kind === 'heading' || !riskWordRe.test(u.text) || inSubjective(u)) return;
    for (const sentence of sentencesOf(withoutAnsweredNo(u.text))) {
      // Told, not only named: "Given the risk of PTX, pincer grip" is a precaution, not the risk put to the patient.
      if (!riskWordRe.test(sentence) || !risksPutRe.test(sentence) || deferredAftercare(sentence)) continue;
      out.push({ unit: i, start: u.start, end: u.start + u.text.length, text: sentence.trim(), pneumothorax: pneumothoraxNamedRe.test(sentence) });
    }
  });
  return out;
}
