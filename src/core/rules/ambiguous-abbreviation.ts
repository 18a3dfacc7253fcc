import type { Rule } from './rule';
import { ambiguousTokenList } from './vocab-lists';
import { say } from './helpers';
import { execAll } from '../util/matches';

const bilateralAmbiguous = /(?<![\w/])B\/L(?![\w/])/gi;

export const ambiguousAbbreviation: Rule = {
  meta: {
    id: 'ambiguous-abbreviation',
    code: 'DN008',
    defaultSeverity: 'warning',
    title: 'A needled muscle is written with an abbreviation that names more than one muscle (TA, PT, GM, B/L…).',
    messages: {
      token: 'Spell out "{written}" (several muscles)',
      side: 'Write the side out: "{written}" is ambiguous',
    },
    rationale:
      'The same letters name different muscles in different clinics: TA is tibialis anterior or transversus abdominis, GM is gluteus medius, maximus or the medial gastrocnemius, PT is also "physical therapist". A reader, coder or reviewer of a complication cannot tell which muscle was needled. "B/L" reads as bilateral to some and as "below left" or "both/left" to others.',
    example: {
      bad: 'O: DN L TA 0.30x50 mm, LTR x2.',
      good: 'O: DN L tibialis anterior 0.30x50 mm, LTR x2.',
    },
    decides: [
      `Raised when a needled muscle is written with an abbreviation that names more than one muscle: ${ambiguousTokenList().join(', ')}.`,
      'Also raised when `B/L` (in any case: `b/l`) is the side of a needled muscle, which it is read as, wherever on the muscle\'s line it is written (`lumbar multifidus L4-5 B/L`), because some readers take it for \'below left\'.',
      'The same letters used for something else are never raised: PT as physical therapist, TP as trigger point, LT as left, MT as metatarsal, PM as afternoon, RA as rheumatoid arthritis, ST as soft tissue.',
    ],
    fixable: true,
  },
  check(note, ctx) {
    const sideTokens = new Set<number>();
    for (const r of note.records) {
      if (r.kind === 'ambiguous') {
        const names = (r.candidates ?? []).map((m) => m.name);
        ctx.report({
          start: r.start, end: r.end,
          message: say(ambiguousAbbreviation.meta.messages.token, { written: r.written }),
          fixes: names.map((name) => ({ title: `Change to "${name}"`, edits: [{ start: r.start, end: r.end, newText: name }] })),
        });
      }
      if (r.sideAmbiguous) {
        // The B/L is in the Side cell of a row, or on the muscle's line: the one nearest the muscle
        // (`lumbar multifidus L4-5 B/L`, `B/L UT and levator`), as the side reader took it.
        const u = note.units[r.unit];
        let nearest: { start: number; end: number; distance: number } | undefined;
        for (const m of execAll(bilateralAmbiguous, u.text)) {
          const start = u.start + m.index;
          const end = start + m[0].length;
          const distance = u.kind === 'row' ? 0 : start >= r.end ? start - r.end : Math.max(0, r.start - end);
          if (!nearest || distance < nearest.distance) nearest = { start, end, distance };
          if (u.kind === 'row') break;
        }
        if (!nearest || sideTokens.has(nearest.start)) continue;
        const { start, end } = nearest;
        sideTokens.add(start);
        ctx.report({
          start, end,
          message: say(ambiguousAbbreviation.meta.messages.side, { written: note.text.slice(start, end) }),
          fixes: [{ title: 'Change to "bilateral"', edits: [{ start, end, newText: 'bilateral' }] }],
        });
      }
    }
  },
};
