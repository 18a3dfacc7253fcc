import { anchorIn } from '../course/anchor';
import { consentAgeDue, regionName, uncoveredRegions } from '../course/reminders';
import { reminderInput } from '../course/rule-input';
import { listWords, say } from './helpers';
import type { Rule } from './rule';

const FIRST = '---\npatient: EX-2004\nvisit: 1 of 8\ndate: 2024-01-08\n---\n\n## Objective\n\nConsent: written dry needling consent signed 2024-01-08 after risks were discussed.\n\n| Muscle | Side | Needle | n | LTR |\n|---|---|---|---|---|\n| upper trapezius | R | 0.25x30 | 1 | +x2 |\n';
const later = (consent: string) => `---\npatient: EX-2004\nvisit: 2 of 8\ndate: 2025-02-10\n---\n\n## Objective\n\nConsent: ${consent}\n\n| Muscle | Side | Needle | n | LTR |\n|---|---|---|---|---|\n| upper trapezius | R | 0.25x30 | 1 | +x1 |\n`;

export const consentRenewal: Rule = {
  meta: {
    id: 'consent-renewal',
    code: 'DN043',
    defaultSeverity: 'warning',
    title: 'The consent on file is older than the clinic\'s policy, or does not cover a newly needled body region.',
    messages: {
      old: 'Consent older than clinic policy',
      region: 'Consent does not name the {region}',
    },
    rationale:
      'Consent forms are tied to the risks discussed when they were signed. Clinics renew them after a set time, and a new body region can carry a material risk the patient has not heard about (the first needling over the chest wall brings pneumothorax). Which consent is on file and what it covered is in earlier notes, so the linter reads them from the patient\'s course.',
    example: { earlier: [FIRST], bad: later('verbal consent re-confirmed today.'), good: later('new written dry needling consent signed today; risks reviewed again.') },
    decides: [
      'Only with a course (a patient identifier in the front matter and the patient\'s other notes known) and when this note records needling.',
      'The consent on file is the latest consent statement that was signed or newly obtained with a date ("written consent signed 2024-01-08", "new consent signed today", front matter `consent_date:`); "re-confirmed" confirms it and does not renew it.',
      'Raised when that consent is `course.consentValidDays` days old or older on the visit date (365 by default; 0 turns the check off).',
      'Also raised when this visit needles a body region (neck, shoulder, back, hip and pelvis, …) that no earlier visit of the episode needled and no consent statement names, unless a new consent is signed at this visit; `checkRegions: false` turns this part off.',
    ],
    fixable: false,
    options: {
      checkRegions: { type: 'boolean', default: true, description: 'Also remind when a body region is needled for the first time in the episode and no consent names it.' },
    },
  },
  check(note, ctx) {
    const input = reminderInput(note, ctx);
    if (!input || !input.current.needled.length) return;
    const at = note.consent.find((c) => c.status === 'given' && c.unit >= 0);
    const where = at ? { start: at.start, end: at.end } : anchorIn(note, ['consent', 'date']);
    const age = consentAgeDue(input.earlier, input.current, ctx.config.course.consentValidDays, input.today);
    if (age.due) ctx.report({ ...where, message: say(consentRenewal.meta.messages[age.kind], age.fields), detail: age.message });
    if (ctx.options.checkRegions === false) return;
    for (const region of uncoveredRegions(input.earlier, input.current)) {
      const muscles = input.current.needled.filter((m) => m.region === region);
      const record = note.records.find((r) => r.muscle && muscles.some((m) => m.muscle === r.muscle!.id));
      ctx.report({
        ...(record ? { start: record.start, end: record.end } : where),
        message: say(consentRenewal.meta.messages.region, { region: regionName(region) }),
        detail: `Consent does not name the ${regionName(region)}: ${listWords(muscles.map((m) => m.name))} ${muscles.length === 1 ? 'is' : 'are'} the first needling there in this episode. Re-confirm consent for this region and its risks, and record it.`,
      });
    }
  },
};
