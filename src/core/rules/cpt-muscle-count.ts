import type { Note } from '../model/note';
import { countMuscles } from '../model/billing';
import { dryNeedlingCodeFor } from '../vocab/codes';
import { plural, say } from './helpers';
import type { Rule } from './rule';
import { rollUpLines } from './vocab-lists';


export const cptMuscleCount: Rule = {
  meta: {
    id: 'cpt-muscle-count',
    code: 'DN011',
    defaultSeverity: 'error',
    title: 'The dry-needling code (20560/20561) does not match the number of muscles needled, or is billed twice.',
    messages: {
      count: '{code} billed for {count}: bill {right}',
      both: 'Both 20560 and 20561 billed: bill one',
      units: '{code} billed as {units} units: bill it once',
      noNeedling: '{code} billed, but no needling is recorded',
    },
    rationale:
      '20560 covers 1–2 muscles and 20561 three or more, counted per session and not per needle; each is billed once per session and never together. Payers count distinct muscles, usually with left and right as two muscles, so a code that does not match the muscles in the note is a claim the note does not support.',
    example: {
      bad: 'O: DN R upper trapezius, L and R gluteus medius (0.30x60 mm).\nBilling: 20560',
      good: 'O: DN R upper trapezius, L and R gluteus medius (0.30x60 mm).\nBilling: 20561',
    },
    decides: [
      'Raised on a 20560 or 20561 that does not match the muscles needled: 20560 for 1–2 muscles, 20561 for 3 or more; also when both are billed, or one of them with more than one unit.',
      'The same code written more than once (on the needling heading and again in the charge table) is billed once; a unit count above one (`20560 x2`) is billed that many times.',
      'Counting: each distinct muscle and side counts once; left and right count as two (bilateral = 2, and `B/L` is read as bilateral, though ambiguous-abbreviation asks for it '
        + 'written out); several needles or insertions into one muscle count once.',
      `Parts and heads count as their muscle: ${rollUpLines().join('; ')}.`,
      'A misspelt muscle with a clear suggestion counts as that muscle; a group term counts once; an ambiguous abbreviation (`TA`) counts once for each side it was needled on, as one muscle whichever it means; '
        + 'a muscle with no side recorded counts once, beside the same muscle with a side (`gastrocnemius` and `R gastrocnemius` are two until the side is written).',
      'Only muscles needled today count (see [How the linter reads a note](reading-notes.md)).',
    ],
    fixable: true,
    options: {
      countSidesSeparately: {
        type: 'boolean', default: true,
        description: 'Count the left and right of one muscle as two muscles (bilateral = 2). Overrides `billing.countSidesSeparately` for this rule.',
      },
    },
  },
  check(note: Note, ctx) {
    const codes = note.cpt.filter((c) => c.code === '20560' || c.code === '20561');
    if (!codes.length) return;
    const option = ctx.options.countSidesSeparately;
    const separately = typeof option === 'boolean' ? option : ctx.config.billing.countSidesSeparately;
    const { count, labels, assumptions } = countMuscles(note.records, ctx.vocab, separately);
    // How the muscles were counted, so the clinician can check the count against the note.
    const detail = count ? `Counted ${plural(count, 'muscle')}: ${labels.join(', ')} (${assumptions.join('; ')}).` : undefined;
    const distinct = new Set(codes.map((c) => c.code));
    if (distinct.size > 1) {
      const second = codes.find((c) => c.code !== codes[0].code)!;
      ctx.report({ start: second.start, end: second.end, message: cptMuscleCount.meta.messages.both, detail });
    }
    for (const c of codes) {
      if (c.units !== undefined && c.units > 1) {
        ctx.report({
          start: c.start, end: c.end,
          message: say(cptMuscleCount.meta.messages.units, { code: c.code, units: c.units }),
        });
      }
    }
    if (!note.needled) {
      // 20560/20561 bill needle insertions: without needling today there is nothing to bill.
      for (const c of codes) ctx.report({ start: c.start, end: c.end, message: say(cptMuscleCount.meta.messages.noNeedling, { code: c.code }) });
      return;
    }
    if (!note.records.length || count === 0) return;
    const right = dryNeedlingCodeFor(count);
    if (!right) return;
    for (const c of codes) {
      if (c.code === right.code) continue;
      ctx.report({
        start: c.start, end: c.end,
        message: say(cptMuscleCount.meta.messages.count, { code: c.code, count: plural(count, 'muscle'), right: right.code }),
        detail,
        fixes: [{ title: `Change to ${right.code}`, edits: [{ start: c.start, end: c.end, newText: right.code }] }],
      });
    }
  },
};
