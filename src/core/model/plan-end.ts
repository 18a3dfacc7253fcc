// Where a Plan ends when the procedure is written after it with no heading of its own: the
// S/O/A/P block first, then "Consent: …", "Dry needling:" and the records of today's needling.
import { endsWithColon, needlingHeadingLineRe, needlingLeadInLineRe, treatmentSectionLabelRe, treatmentSectionTitleRe } from '../lexicon/labels';
import { needleTechniqueRe } from '../lexicon/needling';
import { hasDose } from './records/details';
import { statesNeedlesOut } from './statements/needle-count';
import { findTwitches } from './tokens';
import type { Section } from './sections';
import { headingText, type Unit } from './units';

/**
 * "P - Tx as below, review in 2/52." then, after a blank line, "Tx:" (or "Consent: …" then "DN L
 * forearm, 0.25x30:"): a Plan written on its label's line is over once a later block holds a
 * treatment label; it records today's treatment.
 */
export function planWrittenInline(units: readonly Unit[], section: Section, u: Unit): boolean {
  if (section.kind !== 'plan' || section.depth !== 0) return false;
  const labelUnit = units[labelIndexOf(units, section)];
  if (!labelUnit || labelUnit.block === u.block) return false;
  return labelUnit.text.slice(section.bodyStart - labelUnit.start).trim().length > 0;
}

// A label in the middle of a line opens its section at the next unit.
function labelIndexOf(units: readonly Unit[], section: Section): number {
  const first = units[section.firstUnit];
  return first && first.start <= section.bodyStart ? section.firstUnit : section.firstUnit - 1;
}

/**
 * "## Plan" / "DN today, then eccentric program." then "Dry needling:" over "- R ECRB 0.25x30, LTR
 * x2" and "Needles 2 in / 2 out": a later line of a Plan that opens the treatment (a treatment
 * title or label, a needling lead-in, a line led by a needling word) is today's record when what
 * follows it, up to the next heading, states what only needling done today can: a twitch, needles
 * counted out or removed. A Plan listing the doses it plans states neither, and stays a plan. The
 * same holds after an Assessment with no Plan ("A: improving." then "DN pronator teres 0.25x30, LTR x2.").
 */
const RUN_LOOKAHEAD = 8;

export class TodayAfterReasoning {
  private observed: Uint8Array | undefined;
  constructor(private readonly units: readonly Unit[]) {}

  /** The unit at `i` (a line, an item or a heading) opens today's treatment inside `section`, a Plan or an Assessment. */
  opensToday(section: Section, i: number): boolean {
    if (section.kind !== 'plan' && section.kind !== 'assessment') return false;
    const u = this.units[i];
    if (u.kind === 'heading' ? !treatmentSectionTitleRe.test(headingText(u.text)) : !opensTreatment(u.text) && !this.leadsRecordRun(i)) return false;
    if (u.kind !== 'heading' && i <= this.firstBodyUnit(section)) return false;
    return this.observedFrom(u.kind === 'heading' ? i + 1 : i);
  }

  /**
   * "DN R sternocleidomastoid (sternal head), supine, pincer grip, LTR x2." then "DN R levator
   * scapulae, prone, 0.25x30 mm, LTR x3.": a line led by a needling word, with no dose of its own,
   * opens the treatment with the run of needling lines it starts when a later one in the run does.
   * The run is read a few lines ahead at most, so a long run of summaries stays linear.
   */
  private leadsRecordRun(i: number): boolean {
    if (!needlingHeadingLineRe.test(this.units[i].text)) return false;
    for (let j = i + 1; j < this.units.length && j <= i + RUN_LOOKAHEAD; j++) {
      const v = this.units[j];
      if (v.kind === 'heading' || !needlingHeadingLineRe.test(v.text)) return false;
      if (opensTreatment(v.text)) return true;
    }
    return false;
  }

  // The section's own first line: the rest of its label's line, or the line after its heading or bare label.
  private firstBodyUnit(section: Section): number {
    const labelIndex = section.depth === 0 ? labelIndexOf(this.units, section) : -1;
    const labelUnit = this.units[labelIndex];
    if (labelUnit && labelUnit.text.slice(section.bodyStart - labelUnit.start).trim()) return labelIndex;
    return section.firstUnit + 1;
  }

  // Built once, backwards, the first time a Plan holds a candidate: linear in the note.
  private observedFrom(i: number): boolean {
    if (!this.observed) {
      const units = this.units;
      const observed = new Uint8Array(units.length + 1);
      let seen = 0;
      for (let j = units.length - 1; j >= 0; j--) {
        if (units[j].kind === 'heading') {
          observed[j] = seen;
          seen = 0;
        } else {
          if (!seen && statesDone(units[j].text)) seen = 1;
          observed[j] = seen;
        }
      }
      this.observed = observed;
    }
    return i < this.units.length && this.units[i].kind !== 'heading' && this.observed[i] === 1;
  }
}

// A line led by a needling word opens the treatment only with a dose or a needling technique of its
// own: "DN R UT effective, LTR x2" in the Assessment sums up the needling; "DN L rhomboid major
// 0.25x25 mm, LTR x2." and "DN R UT + R levator scapulae, sitting, pistoning, LTR x2 each." record it.
// Or with a colon at its end, however long the approach it describes before it ("**DN** supine, R
// side, flat palpation between finger pads, needle directed toward the transverse process:").
function opensTreatment(text: string): boolean {
  return treatmentSectionTitleRe.test(text) || needlingLeadInLineRe.test(text) || treatmentSectionLabelRe.test(text)
    || (needlingHeadingLineRe.test(text) && (hasDose(text) || needleTechniqueRe.test(text) || endsWithColon(text)));
}

function statesDone(text: string): boolean {
  return findTwitches(text).some((t) => t.present) || statesNeedlesOut(text);
}
