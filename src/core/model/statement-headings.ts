// A statement heading ("### Consent", "## Aftercare") holds the lines under it until the treatment opens
// below it. A template's heading left empty, then "Rx: DN R medial gastroc 0.30x40mm LTR x3" or
// "**Dry needling:** prone, 0.30 x 60 mm:" typed straight under it, is a heading with nothing under it and
// then the treatment: the needling is not the heading's statement, and the heading does not consent or advise.
import { consentWordRe } from '../lexicon/consent';
import { aftercareWordRe } from '../lexicon/aftercare';
import { endsWithColon, generalTreatmentLabelRe, isStatementHeading, needlingHeadingLineRe } from '../lexicon/labels';
import { hasDose } from './records/details';
import type { Unit } from './units';

/** A line that opens the treatment: a treatment label ("Rx:", "Tx -"), or a needling lead-in or a needling line with its dose. */
const opensTreatment = (t: string) => (generalTreatmentLabelRe.test(t) || (needlingHeadingLineRe.test(t) && (endsWithColon(t) || hasDose(t))))
  && !consentWordRe.test(t) && !aftercareWordRe.test(t);

/** Units from the treatment opened under a statement heading on belong to no heading (`heading` is ''). */
export function closeStatementHeadings(units: Unit[]): void {
  let open = false;
  let closed = false;
  for (const u of units) {
    if (u.kind === 'heading') {
      open = isStatementHeading(u.heading);
      closed = false;
      continue;
    }
    if (open && !closed && u.first && u.kind !== 'row' && opensTreatment(u.text)) closed = true;
    if (closed) u.heading = '';
  }
}
