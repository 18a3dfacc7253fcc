import { MINUTES_COLUMN_TERMS, minutesColumnRe } from '../lexicon/columns';
import { examFindingRe } from '../lexicon/exam';
import { TICK_BOX } from '../lexicon/labels';
import { needlingTermRe } from '../lexicon/needling';
import { alternation } from '../lexicon/pattern';
import { notDoneRe } from '../lexicon/status';
import { exerciseGlidesRe, manualTherapyAllRe, manualTherapyLabelRe, manualTherapyRe } from '../lexicon/treatments';
import { clauseSpans, type Span } from '../model/clauses';
import type { Note } from '../model/note';
import type { Unit } from '../model/units';
import { cptByCode } from '../vocab/codes';
import type { Rule } from './rule';
import { codesNotForDryNeedling } from './vocab-lists';
import { say } from './helpers';

/** "10 min", "8 minutes": a time stated on a manual-therapy line, in the minute words a billing column is headed with. */
const minutesRe = new RegExp(`(?<!\\d)\\d{1,2}\\s*(?:${alternation(MINUTES_COLUMN_TERMS)})\\b`, 'i');

/** "| Manual therapy: R hip glides gr III | 97140 | 1 | 10 |" under a "Minutes" header: the row says how long. */
const rowTimed = (u: Unit) => u.kind === 'row' && Boolean(u.cells?.some((c) => minutesColumnRe.test(c.column) && /^\s*\d{1,3}\s*$/.test(c.text)));

/**
 * What was done, in the clinician's words, after the line's last colon ("Manual therapy 97140 x 10 min:
 * intraoral masseter release, TMJ distraction gr II"): words, not a code list, and not the needling.
 */
function saysWhatWasDone(text: string): boolean {
  // The code in brackets after what was done ("… TMJ distraction R grade II 4 min (97140, 12 min total)") labels it.
  return text.includes(':') && namesWhatWasDone(text.slice(text.lastIndexOf(':') + 1).replace(codeAsideRe, ' '));
}
const codeAsideRe = /\([^()]*\b\d{5}\b[^()]*\)/g;

function namesWhatWasDone(what: string): boolean {
  return (what.match(/\p{L}{3,}/gu) ?? []).length >= 2 && !/\d{5}/.test(what) && !needlingTermRe.test(what) && !notDoneRe.test(what);
}

/**
 * A heading that names the service and its code 97140 ("### Manual Therapy (97140) — 10 min") over lines
 * that say what was done ("- TMJ distraction R, grade II, 6 min"), with minutes on the heading or a
 * line: the lines under it are the manual therapy, as the words after a colon are on one line.
 * Reads up to the next heading only, so every line is read under one heading at most.
 */
function headingOverManualTherapy(note: Note, at: number, billingUnits: Set<number>, recordsAt: Map<number, number[]>): boolean {
  const heading = note.units[at];
  if (!manualTherapyRe.test(heading.text)) return false;
  let minutes = minutesRe.test(heading.text);
  let said = false;
  for (let i = at + 1; i < note.units.length && note.units[i].kind !== 'heading'; i++) {
    const text = note.units[i].text;
    if (billingUnits.has(i) || recordsAt.has(i) || !namesWhatWasDone(text)) continue;
    said = true;
    minutes ||= minutesRe.test(text);
  }
  return said && minutes;
}

const tickBoxRe = new RegExp(TICK_BOX);
const tickBoxAllRe = new RegExp(TICK_BOX, 'g');
/** A tick box and the service's name, nothing else: "[x] Manual therapy" on an intake checklist. (A label such as "MANUAL THERAPY:" heads what was done.) */
const boxedName = (text: string) => tickBoxRe.test(text) && !/[\p{L}\d]/u.test(text.replace(manualTherapyAllRe, ' ').replace(tickBoxAllRe, ' '));

/** The clauses that hold none of the records (offsets in the clauses' text); one sweep, as both come in order. */
function withoutRecords(clauses: Span[], records: number[]): Span[] {
  const starts = [...records].sort((a, b) => a - b);
  let k = 0;
  return clauses.filter((c) => {
    while (k < starts.length && starts[k] < c.start) k++;
    return !(k < starts.length && starts[k] < c.end);
  });
}

/**
 * Manual therapy written down as a service of its own (region, technique, minutes) in the
 * examination or treatment, not only on the billing line or in the plan: then 97140 bills that
 * service (a different region or time), which is a recognised pairing, not needling billed as 97140.
 */
function documentsManualTherapy(note: Note): boolean {
  const recordsAt = new Map<number, number[]>();
  for (const r of note.records) {
    const starts = recordsAt.get(r.unit);
    if (starts) starts.push(r.start);
    else recordsAt.set(r.unit, [r.start]);
  }
  const billingUnits = new Set(note.cpt.map((c) => c.unit));
  const namesManualTherapyCode = new Set(note.cpt.filter((c) => c.code === '97140').map((c) => c.unit));
  return note.units.some((u, i) => {
    if (u.kind === 'heading') return namesManualTherapyCode.has(i) && headingOverManualTherapy(note, i, billingUnits, recordsAt);
    const section = u.section >= 0 ? note.sections[u.section] : undefined;
    // A billing line typed on under the Plan ("P: cont 1x/wk" then "Billing: 20560, 97140 (STM R UT 10 min)") bills today's services.
    if (section && (section.kind === 'subjective' || section.kind === 'plan') && !billingUnits.has(i)) return false;
    // A dictated paragraph holds the needling and the rest of the treatment: its sentences that record
    // a muscle are the needling. In the exam, a technique named with what it found ("Side glide L limited") is a test.
    const records = recordsAt.get(i);
    const clauses = records ? withoutRecords(clauseSpans(u.text), records.map((at) => at - u.start)) : [{ start: 0, end: u.text.length }];
    if (!clauses.length) return false;
    const kept = clauses.map((c) => u.text.slice(c.start, c.end)).filter((c) => section?.kind !== 'objective' || !examFindingRe.test(c) || minutesRe.test(c));
    // Nerve and tendon glides are exercises the patient does, not manual therapy.
    const text = kept.join(' ').replace(exerciseGlidesRe, ' ');
    // "Manual: intraoral R medial pterygoid release 8 min": a label that stands for manual therapy, with the minutes spent.
    if (!manualTherapyRe.test(text) && !(manualTherapyLabelRe.test(u.text) && minutesRe.test(text))) return false;
    // "- [x] Manual therapy" in an intake or consent checklist names the service, nothing done.
    if (u.kind !== 'row' && boxedName(text)) return false;
    // A line that names its code is a billing line, unless it also says what was done and for how
    // long ("Manual therapy (97140) x 10 min: R patellar mobs grade III").
    return !billingUnits.has(i) || ((minutesRe.test(text) || rowTimed(u)) && (manualTherapyRe.test(text.replace(/\bmanual therapy\b/gi, ' ')) || saysWhatWasDone(text)));
  });
}

export const cptNotForDryNeedling: Rule = {
  meta: {
    id: 'cpt-not-for-dry-needling',
    code: 'DN016',
    defaultSeverity: 'error',
    title: 'A note that records dry needling bills a code that is not for dry needling (97140, 20552/20553, 97810–97814…).',
    messages: {
      notDn: '{code} is not a dry-needling code: bill 20560/20561',
    },
    rationale:
      'Since 2020 dry needling has its own codes, 20560 and 20561. Trigger-point injection codes need an injected substance, acupuncture codes are time-based and describe a different service, and APTA advised against billing needling as manual therapy (97140). Billing needling under them misrepresents the service on the claim.'
        + ' 97140 is left alone when the note also records manual therapy as a service of its own (for example joint mobilisation of another region), which may be billed beside 20560/20561, and so are 20552/20553 when the note documents a trigger point injection (a muscle given an injected substance) beside the needling.',
    example: {
      bad: 'O: DN R upper trapezius 0.25x30 mm, LTR x3.\nBilling: 20552',
      good: 'O: DN R upper trapezius 0.25x30 mm, LTR x3.\nBilling: 20560',
    },
    decides: [
      `Raised on a code that is not for dry needling, on a note that records needling: ${codesNotForDryNeedling().join(', ')}.`,
      '97140 is not raised when the note also documents manual therapy as a service of its own (technique such as joint mobilisation, glides, SNAGs, soft-tissue mobilisation, muscle energy or'
        + ' myofascial release, with a region or minutes, or a line labelled `Manual:` with its minutes: `Manual: intraoral R medial pterygoid release 8 min`). Nerve and tendon glides given as'
        + ' exercises are not manual therapy, nor is a test in the exam named with what it found (`Side glide L limited`). A line that names 97140 counts when it also says what was done and for how'
        + ' long (`Manual therapy (97140) x10 min: thoracic PA mobilizations`, also in words of the clinician\'s own after the colon: `Manual therapy 97140 x 10 min: intraoral masseter release, TMJ'
        + ' distraction gr II`), and so does a heading that names 97140 and manual therapy over lines in such words, with the minutes on the heading or a line (`### Manual Therapy (97140) — 10 min`'
        + ' over `- TMJ distraction R, grade II, 6 min`). In a dictated paragraph, a sentence that records a needled muscle is the needling, and manual therapy in a sentence of its own still counts.',
      '20552/20553 are not raised when the note documents a trigger point injection as a procedure of its own: '
        + 'a muscle given an injectate or a volume (`R upper trapezius: 1% lidocaine 2 mL, 27G x 32 mm, +LTR x2`), which is read as injected, not needled.',
    ],
    fixable: false,
  },
  check(note, ctx) {
    if (!note.needled) return;
    let separateManualTherapy: boolean | undefined;
    for (const c of note.cpt) {
      const code = cptByCode.get(c.code);
      if (!code?.notForDryNeedling) continue;
      if (code.billsAlongside === 'manual-therapy' && (separateManualTherapy ??= documentsManualTherapy(note))) continue;
      // "L piriformis: 1% lidocaine 3 mL, 25G x 64 mm": an injection documented beside the needling is what 20552/20553 bill.
      if (code.billsAlongside === 'injection' && note.context.some((m) => m.reason === 'injection')) continue;
      ctx.report({
        start: c.start, end: c.end,
        message: say(cptNotForDryNeedling.meta.messages.notDn, { code: c.code }),
      });
    }
  },
};
