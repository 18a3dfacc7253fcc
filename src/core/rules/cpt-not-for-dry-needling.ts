import { cptByCode } from '../vocab/codes';
import type { Rule } from './rule';

export const cptNotForDryNeedling: Rule = {
  meta: {
    id: 'cpt-not-for-dry-needling',
    code: 'DN016',
    defaultSeverity: 'error',
    title: 'A note that records dry needling bills a code that is not for dry needling (97140, 20552/20553, 97810–97814…).',
    rationale:
      'Since 2020 dry needling has its own codes, 20560 and 20561. Trigger-point injection codes need an injected substance, acupuncture codes are time-based and describe a different service, and APTA advised against billing needling as manual therapy (97140). Billing needling under them misrepresents the service on the claim.',
    example: {
      bad: 'O: DN R upper trapezius 0.25x30 mm, LTR x3.\nBilling: 20552',
      good: 'O: DN R upper trapezius 0.25x30 mm, LTR x3.\nBilling: 20560',
    },
    fixable: false,
  },
  check(note, ctx) {
    if (!note.needled) return;
    for (const c of note.cpt) {
      const reason = cptByCode.get(c.code)?.notForDryNeedling;
      if (!reason) continue;
      const separate = c.code === '97140' ? ' If 97140 is for separate manual therapy, document that service (region, technique, minutes) on its own.' : '';
      ctx.report({
        start: c.start, end: c.end,
        message: `${c.code} is billed on a note that records dry needling: ${reason}.${separate}`,
      });
    }
  },
};
