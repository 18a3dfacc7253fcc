import type { Rule } from './rule';
import { describeRecord, say } from './helpers';

export const needleSizeMissing: Rule = {
  meta: {
    id: 'needle-size-missing',
    code: 'DN017',
    defaultSeverity: 'info',
    title: 'A needled muscle has no needle length recorded.',
    messages: {
      missing: 'No needle length for {muscle}',
    },
    completeness: true,
    rationale:
      'Needle length is the main safeguard against reaching the pleura, an organ or a nerve: over the chest wall the skin-to-pleura distance can be under 20–30 mm. Recording diameter × length in mm (e.g. 0.25 × 30 mm) for each muscle lets a reviewer check that the needle was short enough, and is the first thing asked after a suspected pneumothorax.',
    example: {
      bad: 'O: DN R upper trapezius, pincer grip, LTR x3.',
      good: 'O: DN R upper trapezius 0.25 × 30 mm, pincer grip, LTR x3.',
    },
    decides: [
      'Raised for each needled muscle with no needle length (`0.25x30 mm`, `0.25x30` without `mm`, `0,25 x 30 mm` with a decimal comma, `30 mm`, `30 millimetres`, `a thirty millimetre needle`, a length column).',
      'The size may be written on the muscle\'s own line, in its table row (a `Needle` column, or `Gauge` and `Length` columns), on a lead-in, a heading (`### Dry needling '
        + '(0.30x50 mm)`) or a parent bullet, or once for the session (`Needles: 0.30 × 50 mm throughout`). '
        + 'A size on a lead-in reaches the muscles under it, not one listed above it (`**Foot** (prone, 0.25 x 30 mm):` gives no size to the calf muscles before it), '
        + 'nor one needled in a paragraph or a sentence of its own after the lead-in\'s list, with its own needling word (`Also needled L piriformis, LTR x1.`); '
        + 'a sentence on the lead-in\'s line that goes on naming muscles with their counts or responses (`Needling (prone, 0.30 x 60 mm): L glute med x3, LTR x3. L QL x1, LTR x1.`) is still its list. '
        + 'A lead-in alone in its paragraph reaches the paragraphs right after it that each open with a muscle or a needling detail, as notes typed double-spaced (or an EMR\'s HTML with a `<p>` per line) give each muscle a paragraph; the first paragraph that does not ends its reach.',
      'In a table, a `Needle` or `Length` cell left empty gives no size of its own, so the row takes the size of a lead-in or title over the table if one gives it (`**Dry needling** – R forearm, seated, 0.25 x 30 mm:`).',
      'A gauge alone (`32G`) gives the thickness, not the length, also in a `Gauge` cell filled beside an empty `Length` cell. '
        + 'Nor is a depth a length: the depth the needle went to (`needle angled onto rib, depth ~15 mm`) or a depth measured to the pleura or rib (`pleura ~21 mm on US`).',
    ],
    fixable: false,
  },
  check(note, ctx) {
    for (const r of note.records) {
      if (r.needle?.lengthMm) continue;
      ctx.report({
        start: r.start, end: r.end,
        message: say(needleSizeMissing.meta.messages.missing, { muscle: describeRecord(r) }),
      });
    }
  },
};
