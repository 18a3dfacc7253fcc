import assert from 'node:assert/strict';
import { completeAt, type CompletionResult } from '../../../src/core/editor/complete';
import { resolveConfig } from '../../../src/core/config/config';
import { lint } from '../../../src/core/engine/lint';

/** Completes at the "¦" marker in `text` (the marker is removed). */
function at(textWithCursor: string, config = resolveConfig()): CompletionResult & { text: string; offset: number } {
  const offset = textWithCursor.indexOf('¦');
  assert.ok(offset >= 0, 'no cursor marker');
  const text = textWithCursor.replace('¦', '');
  return { ...completeAt(text, offset, undefined, config), text, offset };
}
const labels = (r: CompletionResult) => r.items.map((i) => i.label);
/** Labels in the order the editor shows them when nothing is typed (by sortText). */
const ranked = (r: CompletionResult) => [...r.items].sort((a, b) => (a.sortText ?? a.label).localeCompare(b.sortText ?? b.label)).map((i) => i.label);

const table = (row: string) => [
  '## Dry needling', '', '| Muscle | Side | Needle (mm) | Technique | LTR |', '|---|---|---|---|---|', row,
].join('\n');

describe('completions (completeAt)', () => {
  describe('muscles', () => {
    it('in the Muscle column of a needling table, by shorthand: UT offers upper trapezius first', () => {
      const r = at(table('| UT¦ | R | 0.25x30 | pistoning | +LTR |'));
      assert.equal(r.context, 'muscle');
      assert.equal(ranked(r)[0], 'upper trapezius');
      const ut = r.items[0];
      // The list is kept in the core's order: the filter text is what was typed.
      assert.equal(ut.filterText, 'UT');
      assert.equal(ut.insertText, 'upper trapezius ');
      assert.ok(ut.retrigger, 'the list goes on to the next field');
      assert.equal(r.text.slice(ut.replaceStart, ut.replaceEnd), 'UT');
      assert.match(ut.documentation!, /pleura|lung/);
      assert.match(ut.documentation!, /Billing: counts as trapezius/);
      assert.ok(r.incomplete, 'asked again on every keystroke');
    });
    it('multi-word shorthand matches and replaces the whole phrase', () => {
      const cases: Array<[string, string, string]> = [
        ['- R glute med¦', 'gluteus medius', 'glute med'],
        ['- R upper tr¦', 'upper trapezius', 'upper tr'],
        ['- L lev scap¦', 'levator scapulae', 'lev scap'],
        ['- R mid trap¦', 'middle trapezius', 'mid trap'],
        ['- R glute m¦', 'gluteus medius', 'glute m'],
      ];
      for (const [line, first, replaced] of cases) {
        const r = at(`DN performed:\n${line}`);
        assert.equal(ranked(r)[0], first, line);
        assert.equal(r.text.slice(r.items[0].replaceStart, r.items[0].replaceEnd), replaced, line);
      }
    });
    it('an ambiguous token (TA) puts every muscle it can mean first', () => {
      const r = at(table('| TA¦ | L | | | |'));
      assert.deepEqual(ranked(r).slice(0, 2).sort(), ['tibialis anterior', 'transversus abdominis']);
    });
    it('ranks muscles already in this note first, then the clinic\'s recent ones, then the common ones', () => {
      const note = 'DN performed:\n- R infraspinatus 0.25x40 mm, LTR x1\n- L i¦';
      assert.equal(ranked(at(note))[0], 'infraspinatus');
      const text = 'DN performed:\n- L gl';
      const plain = completeAt(text, text.length).items.map((i) => i.label);
      const recent = completeAt(text, text.length, undefined, undefined, { recentMuscles: ['gluteus-maximus'] }).items.map((i) => i.label);
      assert.equal(plain[0], 'gluteus medius');
      assert.equal(recent[0], 'gluteus maximus');
    });
    it('after a side token in a needling sentence, and on a bullet under "DN performed:"', () => {
      assert.equal(at('O: DN performed to R ¦').context, 'muscle');
      assert.equal(at('Dry needling performed:\n- L ¦').context, 'muscle');
      assert.equal(at('Dry needling performed:\n- ¦').context, 'muscle');
      assert.ok(labels(at('O: DN performed to R glu¦')).includes('gluteus medius'));
    });
    it('nothing before anything is typed: no guess for Enter or Tab to accept', () => {
      assert.equal(at('Dry needling performed:\n- R ¦').items.length, 0);
      assert.equal(at(table('| ¦ | R | | | |')).items.length, 0);
    });
    it('no muscles in Subjective, Assessment or Plan prose, after a colon or in ordinary sentences', () => {
      assert.equal(at('S: pt reports neck pain since ¦').items.length, 0);
      assert.equal(at('S: worse on R s¦').items.length, 0);
      assert.equal(at('O: TTP noted.\nA: responding well to DN of R gl¦').items.length, 0);
      assert.equal(at('## Plan\nDN R up¦').items.length, 0);
      assert.equal(at('O: Cervical rotation limited, pain with overhead reach: l¦').items.length, 0);
    });
  });

  describe('the chain: side, needle, technique, response', () => {
    it('Side column and after a muscle: sides once something is typed', () => {
      assert.deepEqual(labels(at(table('| upper trapezius | R¦ | | | |'))), ['R']);
      assert.deepEqual(labels(at(table('| upper trapezius | b¦ | | | |'))), ['bilateral']);
      assert.equal(at('O: DN upper trapezius ¦').context, 'side');
      assert.deepEqual(labels(at('O: DN upper trapezius L¦')), ['L']);
    });
    it('needle sizes after "0." or digits, sizes already in the note first', () => {
      const r = at(table('| upper trapezius | R | 0.¦ | | |'));
      assert.equal(r.context, 'needle');
      assert.ok(labels(r).includes('0.25×40 mm'));
      assert.equal(r.text.slice(r.items[0].replaceStart, r.items[0].replaceEnd), '0.');
      assert.equal(at('O: DN R UT 0.¦').context, 'needle');
      assert.equal(at('O: DN R UT ¦').context, 'needle');
      // "x" is typed for "×"; the size the note already uses comes first.
      const note = 'DN performed:\n- R UT 0.30×40 mm, pistoning, LTR x2\n- L UT 3¦';
      assert.equal(ranked(at(note))[0], '0.30×40 mm');
      assert.equal(ranked(at('DN performed:\n- R UT 0.25x4¦'))[0], '0.25×40 mm');
    });
    it('techniques after a needle size, through a comma; "pis" gives pistoning, not piriformis', () => {
      const r = at('O: DN R UT 0.25x30mm, pis¦');
      assert.equal(r.context, 'technique');
      assert.equal(ranked(r)[0], 'pistoning');
      assert.match(at(table('| upper trapezius | R | 0.25x30 | s¦ | |')).items.find((i) => i.label === 'static')!.documentation!, /minutes/);
    });
    it('responses after a technique', () => {
      const r = at('O: DN R UT 0.25x30mm, pistoning, L¦');
      assert.equal(r.context, 'response');
      assert.equal(ranked(r)[0], 'LTR x');
      assert.deepEqual(labels(at(table('| upper trapezius | R | 0.25x30 | pistoning | n¦ |'))).slice(0, 1), ['no LTR']);
    });
    it('a word that goes on naming the muscle just written ("rhomboid m") is still the muscle', () => {
      assert.equal(ranked(at('DN performed:\n- R rhomboid ma¦'))[0], 'rhomboid major');
    });
    it('a new record after a complete one on the same line', () => {
      assert.equal(at('O: DN R UT 0.25x30, pistoning, LTR x2; L lev¦').context, 'muscle');
    });
    it('nothing in the header or separator row of a table', () => {
      assert.equal(at('| Muscle¦ | Side |\n|---|---|').items.length, 0);
    });
  });

  describe('codes', () => {
    const needling = [
      'Consent: written consent on file.',
      '| Muscle | Side | Needle (mm) |', '|---|---|---|',
      '| upper trapezius | R | 0.25x30 |', '| gluteus medius | L | 0.30x60 |', '| gluteus medius | R | 0.30x60 |', '',
    ].join('\n');
    it('billing line → CPT codes, the code matching the muscles recorded first (3 by side → 20561)', () => {
      const r = at(needling + '\nBilling: ¦');
      assert.equal(r.context, 'cpt');
      assert.equal(ranked(r)[0], '20561');
      assert.match(r.items.find((i) => i.label === '20561')!.detail!, /matches/);
      assert.match(r.items.find((i) => i.label === '97140')!.documentation!, /Not for dry needling/);
    });
    it('one muscle → 20560 first; same under a "## Billing" heading and after "CPT"', () => {
      const one = 'DN R upper trapezius 0.25x30mm, LTR x2.\n\n';
      assert.equal(ranked(at(one + '## Billing\n\n¦'))[0], '20560');
      assert.equal(ranked(at(one + 'CPT ¦'))[0], '20560');
    });
    it('reuses a parsed note when given one', () => {
      const text = needling + '\nBilling: ';
      const { note } = lint(text);
      const r = completeAt(text, text.length, note);
      assert.equal([...r.items].sort((a, b) => a.sortText!.localeCompare(b.sortText!))[0].label, '20561');
    });
    it('Dx line → billable ICD-10 codes only (no deleted M54.5, no header M79.1)', () => {
      const r = at('Billing: 20560 · Dx ¦');
      assert.equal(r.context, 'icd');
      assert.ok(labels(r).includes('M79.12'));
      assert.ok(labels(r).includes('M54.50'));
      assert.ok(!labels(r).includes('M54.5'));
      assert.ok(!labels(r).includes('M79.1'));
    });
  });

  describe('front matter', () => {
    it('keys inside front matter, nothing after a key', () => {
      const r = at('---\ndate: 2025-03-04\n¦\n---\n\n## Subjective\n');
      assert.equal(r.context, 'front-matter-key');
      assert.ok(labels(r).includes('clinician'));
      assert.ok(labels(r).includes('consent'));
      assert.equal(r.items.find((i) => i.label === 'clinician')!.insertText, 'clinician: ');
      assert.equal(at('---\ndate: ¦\n---\n').items.length, 0);
    });
    it('CRLF notes work the same', () => {
      const r = at('---\r\n¦\r\n---\r\n\r\nBilling: \r\n');
      assert.equal(r.context, 'front-matter-key');
      assert.equal(at('DN R upper trapezius 0.25x30mm.\r\n\r\nBilling: ¦\r\n').context, 'cpt');
    });
  });
});
