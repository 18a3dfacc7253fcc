import type { Rule } from './rule';
import { aftercareFix } from './prepared';
import { planAnchor } from './helpers';

export const aftercareMissing: Rule = {
  meta: {
    id: 'aftercare-missing',
    code: 'DN003',
    defaultSeverity: 'warning',
    title: 'Needling is recorded but no aftercare advice is documented.',
    messages: {
      missing: 'No aftercare documented',
      deferred: 'Aftercare put off, but needling was done today',
      blank: 'Aftercare line is empty',
    },
    completeness: true,
    rationale:
      'Most patients are sore after deep dry needling, usually for one to three days, and bruising is common. Patients who were told what to expect, how to manage activity and when to seek help are less alarmed and come back when something is wrong. The note should show the advice was given this visit; "aftercare next visit" or an empty "Aftercare:" line does not.',
    example: {
      bad: 'O: DN R gluteus medius 0.30x60 mm, pistoning, LTR x2.\nAftercare:',
      good: 'O: DN R gluteus medius 0.30x60 mm, pistoning, LTR x2.\nAftercare: soreness 24–72 h expected, bruising possible, light activity, call us if it worsens.',
    },
    decides: [
      'Raised once per note when needling is recorded and no aftercare advice given today is documented.',
      'Counts as aftercare: an aftercare, post-needling (`Post-needling: sore for a day or two, heat`, also with a dash or after the section\'s label, '
        + '`P: Post-needling - ache …`, or with the clinician\'s initials before its colon, `After DN (DW): …`) or home-care statement with content; '
        + 'advice about soreness, bruising, after-effects, activity, heat or ice, water, driving, red flags or when to call (`told to ring if any concerns`), '
        + 'safety netting (`Safety netted re PTX symptoms`), advice named after the needling in any of its names (`Post tx advice as per protocol`, `post-IMS advice given`), '
        + 'also written short as the topic with its time span (`post-DN soreness 24-48 h, ice prn`) outside the Subjective, '
        + 'or as what the patient may expect (`forearm may ache`, `you might bruise`), '
        + 'also hedged with its time in the clinician\'s words (`Probably achy for a day or two, heat`, `Ache maybe a day or two`); '
        + 'an aftercare handout given; a front-matter `aftercare:` field with a value; '
        + 'the lines under an `## Education` or `## Advice` heading that name a topic (`## Advice` over `Hamstring may ache for a day or two. Ice or heat as preferred.`), '
        + 'also under such a label or a handout\'s title, with an aside before its colon (`What to expect after dry needling (handout given):`). '
        + 'A heading holds the lines up to the next heading of its level or a SOAP section opened under it (`**Assessment**`, `Plan:`).',
      'Not aftercare: a form\'s aftercare question answered no (`DN aftercare handout given: [N]`, also alone under an `Aftercare` label), which is aftercare put off; '
        + 'a posture named by a topic word (`jaw rest position reviewed`, `driving posture advice`), '
        + 'a retest under a post-needling label (`Post-needling: R UT less tender, ROM improved`), '
        + 'an empty label or field (`Aftercare: ___`, or a template field left as printed, `Aftercare: {{aftercare_advice}}`, whatever the line after it says; '
        + '`**Aftercare:**` alone, then a blank line and a paragraph with a label of its own, `**Other treatment:** clamshells`), `aftercare next visit` (also `give aftercare sheet next tx`; '
        + 'advice that lasts until the next visit or starts from it, `no running until next visit`, `full rounds from next week`, is advice given, an advice list stays advice given when one of its items is put off, '
        + 'and so is aftercare followed by a sentence about the next visit\'s exercise, `Aftercare: sore 24-48 h. 1x/wk; progress plyo next visit.`), '
        + '`no aftercare given`, a risk named on the consent line (`Consent: … Discussed risk of pneumothorax.`, also a line that opens with the consent, `[x] Verbal consent to DN '
        + 'today. Discussed risk of PTX/SOB.`, or with the patient agreeing to the needling, `Pt happy to proceed with DN, risks explained (soreness, bruising)`, '
        + 'and a line under a consent heading or label, `### Consent` or `**Consent checklist**` over `[x] DN info sheet given, risks explained: soreness, bruising` (also with a blank line between), '
        + 'whose list is the consent statement, risks and all, or a form table right under `**Consent:**` with a row `Risks reviewed today: soreness, bruising`; '
        + 'there the harms gone over without the word risk, with nothing to do about them and nothing to expect, are the risks put too: `We went over soreness, bruising, fainting and infection`), '
        + 'an `## Aftercare` heading over its own field left blank (`Aftercare: ___`), a box nobody ticked (`- [ ] Aftercare handout given`), '
        + 'advice the patient reports from before, in the Subjective (`Previous physio advised re soreness after DN`, `was advised re soreness, heat 2 years ago`), '
        + 'a screen that says a topic is absent (`No red flags (bladder/bowel normal)`, `denies SOB`, `denies unexplained wt loss`: the words are whole words, so `Walking normally now, sore on uneven ground` is a report), '
        + 'or a home exercise programme alone (a bare `ER` there is external rotation, `ER isometrics reviewed`; the emergency room counts written as a place to go, `go to the ER`).',
    ],
    fixable: true,
  },
  check(note, ctx) {
    if (!note.needled) return;
    if (note.aftercare.some((a) => a.status === 'given')) return;
    const stated = note.aftercare.find((a) => a.unit >= 0);
    // On the aftercare line that says too little, else where aftercare goes: the Plan.
    const at = stated ?? planAnchor(note);
    const { messages } = aftercareMissing.meta;
    const message = stated?.status === 'deferred' ? messages.deferred : stated?.status === 'blank' ? messages.blank : messages.missing;
    ctx.report({ start: at.start, end: at.end, message, fixes: [aftercareFix(note, ctx.vocab)] });
  },
};
