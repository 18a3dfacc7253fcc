import type { Rule } from './rule';
import { describeRecord, say } from './helpers';

export const responseMissing: Rule = {
  meta: {
    id: 'response-missing',
    code: 'DN009',
    defaultSeverity: 'info',
    title: 'A needled muscle has no recorded response (twitch present or absent, referral, recognition).',
    messages: {
      missing: 'No response recorded for {muscle}',
    },
    completeness: true,
    rationale:
      'A local twitch response (present or absent, with a count) and whether the patient recognised the elicited pain show that the needle reached the trigger point and document the dose given. Without them the record cannot show what the needling achieved, which regulators and payers ask for.',
    example: {
      bad: 'O: DN R upper trapezius 0.25x30 mm, pistoning.',
      good: 'O: DN R upper trapezius 0.25x30 mm, pistoning, LTR x3, familiar pain to R temple.',
    },
    decides: [
      'Raised for each needled muscle with no recorded response.',
      'Counts as a response: a local twitch response present, absent or counted (`LTR x3`, `+LTR`, `no LTR`, `twitch: none`); referred (also short: `ref to lat thigh`), familiar, recognised or concordant pain; a jump sign; '
        + 'a needle grasp (`needle grasp`, `grabbing sensation`, the IMS sign, also graded: `grasp ++`); '
        + 'acupuncture\'s needle sensation (`de qi`); `no response`; '
        + 'a tolerance statement (`tolerated well`, `comfortable throughout`, `mild discomfort only`, `stopped early`, `vasovagal`), also a word alone in a tolerance column (`good`). '
        + 'A vasovagal reaction or fainting named as a risk (`risks explained (bruising, soreness, vasovagal)`, also at the end of a long list: `'
        + 'Risks reviewed incl. pneumothorax (UT), bleeding, bruising, infection, soreness, vasovagal`) '
        + 'or warned of is not a tolerance statement, nor is advice that uses the word (`walk as tolerated`). '
        + 'A response field left blank (`LTR: ___`, `Referral: [ ]`) is no response, '
        + 'nor is an adverse-event line (`No bleeding, no AE`), which says what did not happen, not how the patient took the needling.',
      'A response may be written on the muscle\'s own line, its table row, a parent bullet, or once for all muscles (`LTRs in all muscles`, `Pt tolerated treatment well`).',
      'With the option `requireObjectiveResponse`, a tolerance statement alone does not count.',
    ],
    fixable: false,
    options: {
      requireObjectiveResponse: {
        type: 'boolean', default: false,
        description: 'Count only objective responses (a twitch, referred or recognised pain, a jump sign); a tolerance statement alone no longer answers for a muscle.',
      },
    },
  },
  check(note, ctx) {
    const objectiveOnly = ctx.options.requireObjectiveResponse === true;
    for (const r of note.records) {
      // Written on the record, its row, a parent line or once for the session (model/records).
      if (r.twitch || r.referral || r.otherResponse || (r.tolerance && !objectiveOnly)) continue;
      ctx.report({
        start: r.start, end: r.end,
        message: say(responseMissing.meta.messages.missing, { muscle: describeRecord(r) }),
      });
    }
  },
};
