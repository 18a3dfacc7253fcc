import type { Rule } from './rule';
import { aftercareFix } from './prepared';

export const aftercareMissing: Rule = {
  meta: {
    id: 'aftercare-missing',
    code: 'DN003',
    defaultSeverity: 'warning',
    title: 'Needling is recorded but no aftercare advice is documented.',
    rationale:
      'Most patients are sore after deep dry needling, usually for one to three days, and bruising is common. Patients who were told what to expect, how to manage activity and when to seek help are less alarmed and come back when something is wrong. The note should show the advice was given this visit; "aftercare next visit" or an empty "Aftercare:" line does not.',
    example: {
      bad: 'O: DN R gluteus medius 0.30x60 mm, pistoning, LTR x2.\nAftercare:',
      good: 'O: DN R gluteus medius 0.30x60 mm, pistoning, LTR x2.\nAftercare: soreness 24–72 h expected, bruising possible, light activity, call us if it worsens.',
    },
    decides: [
      'Raised once per note when needling is recorded and no aftercare advice given today is documented.',
      'Counts as aftercare: an aftercare, post-needling or home-care statement with content; advice about soreness, bruising, activity, heat or ice, water, driving, red flags or when to call; an aftercare handout given; a front-matter `aftercare:` field with a value.',
      'Not aftercare: an empty label or field, `aftercare next visit`, `no aftercare given`, or a home exercise programme alone.',
    ],
    fixable: true,
  },
  check(note, ctx) {
    if (!note.needled) return;
    if (note.aftercare.some((a) => a.status === 'given')) return;
    const stated = note.aftercare.find((a) => a.unit >= 0);
    const record = note.records[0];
    const unit = note.units.find((u) => /needl|\bDN\b/i.test(u.text));
    const start = stated?.start ?? record?.start ?? unit?.start ?? 0;
    const end = stated?.end ?? record?.end ?? (unit ? unit.start + unit.text.length : 0);
    const message = stated?.status === 'deferred'
      ? 'Aftercare is put off to a later visit, but needling was done today. Soreness, bruising and warning signs start within hours, so record the advice given before the patient left (soreness 24–72 h, bruising, activity, when to seek help).'
      : stated?.status === 'blank'
        ? 'The aftercare line is empty. Record the advice given after needling (soreness 24–72 h, bruising, activity, when to seek help) so the note shows the patient knew what to expect.'
        : 'Needling is recorded but no aftercare advice is documented. Record what the patient was told (soreness 24–72 h, bruising, activity, when to seek help) so the note shows they knew what to expect.';
    ctx.report({ start, end, message, fixes: [aftercareFix(note, ctx.vocab)] });
  },
};
