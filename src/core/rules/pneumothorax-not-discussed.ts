import type { Note } from '../model/note';
import { mentionsPneumothorax, namesPneumothoraxNow } from '../model/statements';
import type { OffsetEdit } from '../types';
import { aftercareFix, RED_FLAG_STATEMENT } from './prepared';
import { escapeSnippetText, toPlain, toSnippet } from '../util/prepared-text';
import { describeRecord, insertBlock, lungRecords, planAnchor, say } from './helpers';
import { listWords } from '../util/words';
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
    return asSnippet({ start: end, end, newText: note.eol + marker + toPlain(RED_FLAG_STATEMENT) }, note.eol + marker);
  }
  if (tail.kind === 'line') return asSnippet({ start: end, end, newText: note.eol + toPlain(RED_FLAG_STATEMENT) }, note.eol);
  const block = insertBlock(note, end, [toPlain(RED_FLAG_STATEMENT)]);
  const at = block.newText.indexOf(toPlain(RED_FLAG_STATEMENT));
  return asSnippet(block, block.newText.slice(0, at), block.newText.slice(at + toPlain(RED_FLAG_STATEMENT).length));
}

/** The red-flag statement as an edit whose snippet has tab stops for its fields. */
function asSnippet(edit: OffsetEdit, before: string, after = ''): OffsetEdit {
  return { ...edit, snippet: escapeSnippetText(before) + toSnippet(RED_FLAG_STATEMENT) + escapeSnippetText(after) };
}

export const pneumothoraxNotDiscussed: Rule = {
  meta: {
    id: 'pneumothorax-not-discussed',
    code: 'DN004',
    defaultSeverity: 'error',
    title: 'A muscle over the lung was needled but neither consent nor aftercare mentions pneumothorax.',
    messages: {
      missing: 'No pneumothorax warning for {muscle}',
    },
    completeness: true,
    rationale:
      'Pneumothorax is the most serious common complication of dry needling and is concentrated in muscles over the chest wall, upper back and neck (upper trapezius, rhomboids, serratus anterior, pectorals, scalenes, thoracic paraspinals). It is a material risk that must be disclosed before needling, and because breathlessness or chest pain can start hours to about two days later, after the patient has gone home, the patient must be told the warning signs and to seek emergency care.',
    example: {
      bad: 'Consent: verbal consent obtained.\nO: DN R upper trapezius 0.25x30 mm, pincer grip, LTR x3.\nAftercare: soreness 24–72 h.',
      good: 'Consent: verbal consent obtained, risks incl. pneumothorax reviewed.\nO: DN R upper trapezius 0.25x30 mm, pincer grip, LTR x3.\nAftercare: soreness 24–72 h; SOB or chest pain → ED.',
    },
    decides: [
      'Raised once per note when a muscle over the lung was needled and neither the consent nor the aftercare of this note names pneumothorax or its warning signs (PTX, `pneumo`, collapsed lung, the risk to the lung named as such (`risk to lung discussed`), shortness of breath, SOB, breathlessness, difficulty breathing, chest pain).',
      'Risks put to the patient count as part of the consent wherever they are written: `Educated pt on risks of DN incl. PTX` as a bullet beside the consent,'
        + ' or `Education: discussed DN risks incl. pneumothorax, bruising` on its own line, outside the Subjective; a sign named as absent (`denies SOB`)'
        + ' or risks put off to later (`will discuss risks incl. PTX next visit`) does not count, on the consent line or beside it,'
        + ' nor does a form\'s question about it answered no (`Pneumothorax risk discussed: [N]`, also in the aftercare).',
      '`Red flags reviewed` without naming pneumothorax or a sign of it does not count.',
      `Muscles counted as over the lung: ${lungMuscleNames().join(', ')}.`,
      'A misspelt name with one clear muscle (`infraspinatous`) is that muscle, so it counts when that muscle lies over the lung; unknown-muscle also reports the spelling.',
      'Muscles that span the thoracic and lumbar spine (multifidus, longissimus, iliocostalis, erector spinae, paraspinals) count only when the note places them at thoracic levels or gives no level; at lumbar levels (`L4-5`, `lumbar multifidus`, a low-back note) or cervical ones (`C5-6 multifidus`, `cervical multifidus`) they do not.',
      'Rectus abdominis and external oblique lie over the lung only where they cover the lower ribs: they count unless the note places them below the ribs'
        + ' (`lower rectus abdominis`, `infraumbilical`, `below the umbilicus`, `suprapubic`, `above the ASIS`) and names no place over them'
        + ' (`upper`, `subcostal`, `above the umbilicus`, `near the lower ribs`): in the muscle\'s own words, else on a lead-in, parent item or heading over it;'
        + ' a place named elsewhere in the note (`S: pain below the umbilicus`) does not place the needling.',
      'A group term counts when it names muscles over the lung (rhomboids, scalenes, thoracic paraspinals, intercostals).',
    ],
    fixable: true,
  },
  check(note, ctx) {
    const lung = lungRecords(note, ctx.vocab);
    if (!lung.length) return;
    const discussed = note.consent.some((c) => c.status !== 'blank' && namesPneumothoraxNow(c.text))
      || note.aftercare.some((a) => a.status === 'given' && mentionsPneumothorax(a.text))
      || note.riskDisclosures.some((r) => r.pneumothorax);
    if (discussed) return;
    const given = note.aftercare.find((a) => a.status === 'given' && a.unit >= 0);
    const fix = given
      ? { title: 'Prepare the pneumothorax warning line to complete', edits: [afterAftercare(note, given.unit)] }
      : { ...aftercareFix(note, ctx.vocab), title: 'Prepare aftercare with the pneumothorax warning to complete' };
    // On the aftercare that lacks the warning, else where aftercare goes (the Plan).
    const at = given ? { start: given.start, end: given.end } : planAnchor(note);
    ctx.report({
      ...at,
      message: say(pneumothoraxNotDiscussed.meta.messages.missing, { muscle: describeRecord(lung[0]) }),
      detail: `Needled over the lung: ${listWords(lung.map(describeRecord))}. Record that the warning signs were explained (breathlessness or chest pain in the next days means emergency care).`,
      fixes: [fix],
    });
  },
};
