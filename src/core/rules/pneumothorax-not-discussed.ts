import type { Note } from '../model/note';
import { mentionsPneumothorax } from '../model/statements';
import type { OffsetEdit } from '../types';
import { aftercareFix, RED_FLAG_LINE } from './prepared';
import { describeRecord, insertBlock, listWords, lungRecords } from './helpers';
import type { Rule } from './rule';
import { lungMuscleNames } from './vocab-lists';

/** Puts the red-flag line right after the aftercare statement, in the form that statement takes. */
function afterAftercare(note: Note, unitIndex: number): OffsetEdit {
  const units = note.units;
  const u = units[unitIndex];
  let last = unitIndex;
  if (u.kind === 'heading') {
    while (last + 1 < units.length && !(units[last + 1].kind === 'heading' && units[last + 1].depth <= u.depth)) last++;
  } else if (u.kind === 'row') {
    while (last + 1 < units.length && units[last + 1].block === u.block) last++;
  } else {
    // The statement's continuation lines and sub-items.
    while (last + 1 < units.length && (units[last + 1].parentItem === u.block || (units[last + 1].block === u.block && units[last + 1].kind !== 'heading' && !/^\S[^:]{0,40}:/.test(units[last + 1].text)))) last++;
  }
  const end = note.lines.lineEnd(units[last].line);
  const tail = units[last];
  if (tail.kind === 'item') {
    // Another bullet of the same list, with the same marker and indentation.
    const first = units.find((x) => x.block === tail.block)!;
    const marker = note.text.slice(note.lines.offsetAt({ line: first.line, character: 0 }), first.start);
    return { start: end, end, newText: note.eol + marker + RED_FLAG_LINE };
  }
  if (tail.kind === 'line') return { start: end, end, newText: note.eol + RED_FLAG_LINE };
  return insertBlock(note, end, [RED_FLAG_LINE]);
}

export const pneumothoraxNotDiscussed: Rule = {
  meta: {
    id: 'pneumothorax-not-discussed',
    code: 'DN004',
    defaultSeverity: 'error',
    title: 'A muscle over the lung was needled but neither consent nor aftercare mentions pneumothorax.',
    rationale:
      'Pneumothorax is the most serious common complication of dry needling and is concentrated in muscles over the chest wall, upper back and neck (upper trapezius, rhomboids, serratus anterior, pectorals, scalenes, thoracic paraspinals). It is a material risk that must be disclosed before needling, and because breathlessness or chest pain can start hours to about two days later, after the patient has gone home, the patient must be told the warning signs and to seek emergency care.',
    example: {
      bad: 'Consent: verbal consent obtained.\nO: DN R upper trapezius 0.25x30 mm, pincer grip, LTR x3.\nAftercare: soreness 24–72 h.',
      good: 'Consent: verbal consent obtained, risks incl. pneumothorax reviewed.\nO: DN R upper trapezius 0.25x30 mm, pincer grip, LTR x3.\nAftercare: soreness 24–72 h; SOB or chest pain → ED.',
    },
    decides: [
      'Raised once per note when a muscle over the lung was needled and neither the consent nor the aftercare of this note names pneumothorax or its warning signs (PTX, collapsed lung, shortness of breath, SOB, breathlessness, difficulty breathing, chest pain).',
      '`Red flags reviewed` without naming pneumothorax or a sign of it does not count.',
      `Muscles counted as over the lung: ${lungMuscleNames().join(', ')}.`,
      'Muscles that span the thoracic and lumbar spine (multifidus, longissimus, iliocostalis, erector spinae, paraspinals) count only when the note places them at thoracic levels or gives no level; at lumbar levels (`L4-5`, `lumbar multifidus`, a low-back note) they do not.',
      'A group term counts when it names muscles over the lung (rhomboids, scalenes, thoracic paraspinals, intercostals).',
    ],
    fixable: true,
  },
  check(note, ctx) {
    const lung = lungRecords(note, ctx.vocab);
    if (!lung.length) return;
    const discussed = note.consent.some((c) => c.status !== 'blank' && mentionsPneumothorax(c.text))
      || note.aftercare.some((a) => a.status === 'given' && mentionsPneumothorax(a.text));
    if (discussed) return;
    const names = [...new Set(lung.map(describeRecord))];
    const first = lung[0];
    const given = note.aftercare.find((a) => a.status === 'given' && a.unit >= 0);
    const fix = given
      ? { title: 'Add pneumothorax red flags to the aftercare', edits: [afterAftercare(note, given.unit)] }
      : { ...aftercareFix(note, ctx.vocab), title: 'Insert aftercare with pneumothorax red flags' };
    ctx.report({
      start: first.start,
      end: first.end,
      message: `Needling of ${listWords(names)}, which ${names.length === 1 ? 'lies' : 'lie'} over the lung, is recorded, but neither the consent nor the aftercare mentions pneumothorax. Its warning signs (shortness of breath, chest pain) can start hours to about 2 days later, after the patient has left; record that the risk was disclosed and the red flags given.`,
      fixes: [fix],
    });
  },
};
