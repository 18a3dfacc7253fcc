import assert from 'node:assert/strict';
import { applyEdits, lint } from '../../../src/core/engine/lint';
import {
  lastFirst, needleChoices, parseNeedleSize, planRecordInsert, rankMuscles, recordListLine, recordTableRow, RESPONSE_CHOICES, TECHNIQUE_CHOICES,
  type RecordFields,
} from '../../../src/core/editor/insert-record';
import { createVocabulary } from '../../../src/core/vocab';

const vocab = createVocabulary();
const names = (query: string, n = 3) => rankMuscles(vocab.muscles, query).slice(0, n).map((m) => m.name);

/** A note that is complete apart from what is inserted: consent, a needle count, aftercare with red flags. */
const NOTE = [
  '---', 'patient: P1', 'date: 2025-03-04', '---', '',
  '## Subjective', '', 'Neck pain for 3 weeks.', '',
  '## Objective', '',
  'Consent: written consent signed 2025-03-04; risks incl. pneumothorax, bruising and fainting discussed; verbal consent given today.', '',
  '### Dry needling', '',
  '- L levator scapulae 0.25×30 mm, pistoning, LTR x1', '',
  '| Muscle | Side | Needle (mm) | n | Technique | LTR |', '|---|---|---|---|---|---|', '| gluteus medius | L | 0.30×60 | 1 | pistoning | LTR x2 |', '',
  'Needles: 4 in / 4 out, all removed.', '',
  '## Assessment', '', 'Myofascial neck pain, improving.', '',
  '## Plan', '',
  'Aftercare: soreness for 24–72 h expected, keep active. Pneumothorax red flags reviewed: shortness of breath or chest pain means emergency care.', '',
].join('\n');
const lineOf = (text: string, prefix: string) => text.split('\n').findIndex((l) => l.startsWith(prefix));
const UT: RecordFields = { muscle: 'upper trapezius', side: 'R', needle: '0.25×30 mm', technique: 'pistoning', response: 'LTR x2' };

function insert(text: string, line: number, fields: RecordFields) {
  const plan = planRecordInsert({ note: lint(text).note, line, fields });
  const after = applyEdits(text, [{ start: plan.start, end: plan.end, newText: plan.text }]);
  return { plan, after, record: after.slice(plan.recordStart, plan.recordStart + plan.recordLength) };
}

describe('insert needling record', () => {
  describe('muscle matching', () => {
    it('puts the exact shorthand first: "UT" is upper trapezius, not a muscle with "ut" in its name', () => {
      assert.equal(names('UT')[0], 'upper trapezius');
      assert.equal(names('ut')[0], 'upper trapezius');
      assert.equal(names('QL')[0], 'quadratus lumborum');
      assert.equal(names('SCM')[0], 'sternocleidomastoid');
    });
    it('then names and synonyms: "upper trap", "glut med", "levator", "gastroc"', () => {
      assert.equal(names('upper trap')[0], 'upper trapezius');
      assert.equal(names('glut med')[0], 'gluteus medius');
      assert.equal(names('levator')[0], 'levator scapulae');
      assert.match(names('gastroc')[0], /gastrocnemius/);
    });
    it('lists every muscle for an empty query and nothing for nonsense', () => {
      assert.equal(rankMuscles(vocab.muscles, '', 1000).length, vocab.muscles.length);
      assert.deepEqual(rankMuscles(vocab.muscles, 'zzqx'), []);
    });
  });

  describe('needle sizes', () => {
    it('accepts "x" for "×", a bare decimal, a comma and "mm"', () => {
      assert.equal(parseNeedleSize('0.30x60'), '0.30×60 mm');
      assert.equal(parseNeedleSize('.3 X 60mm'), '0.30×60 mm');
      assert.equal(parseNeedleSize('0,25*30'), '0.25×30 mm');
      assert.equal(parseNeedleSize('0.25 × 40 mm'), '0.25×40 mm');
    });
    it('refuses what is not diameter × length', () => {
      for (const bad of ['', '60', '3x60', '0.30x2', '0.30x600', 'UT', '1.5x30']) assert.equal(parseNeedleSize(bad), undefined, bad);
    });
    it('offers the typed size first, then the usual sizes that match', () => {
      assert.deepEqual(needleChoices('0.30x60').slice(0, 1), ['0.30×60 mm']);
      assert.ok(needleChoices('0.32x45')[0] === '0.32×45 mm');
      assert.ok(needleChoices('0.30').every((s) => s.startsWith('0.30')));
      assert.ok(needleChoices('').length >= 8);
    });
  });

  describe('technique and response', () => {
    it('offers the vocabulary techniques and twitch responses as notes write them', () => {
      assert.ok(TECHNIQUE_CHOICES.includes('pistoning') && TECHNIQUE_CHOICES.includes('static'));
      assert.ok(RESPONSE_CHOICES.includes('LTR x2') && RESPONSE_CHOICES.includes('no LTR'));
    });
    it('puts the last choice first without dropping any', () => {
      assert.deepEqual(lastFirst(['a', 'b', 'c'], 'c'), ['c', 'a', 'b']);
      assert.deepEqual(lastFirst(['a', 'b'], undefined), ['a', 'b']);
      assert.deepEqual(lastFirst(['a', 'b'], 'typed'), ['typed', 'a', 'b']);
    });
  });

  describe('the record', () => {
    it('as a list line: side, muscle, size, technique, response', () => {
      assert.equal(recordListLine(UT), '- R upper trapezius 0.25×30 mm, pistoning, LTR x2');
      assert.equal(recordListLine({ muscle: 'upper trapezius', side: 'L' }), '- L upper trapezius');
      assert.equal(recordListLine({ muscle: 'upper trapezius', needle: '‹needle size›', technique: 'static' }, '2. '), '2. upper trapezius ‹needle size›, static');
    });
    it('as a row with the table\'s own columns; a clinical column it cannot fill gets a field', () => {
      assert.equal(recordTableRow(UT, ['muscle', 'side', 'needle (mm)', 'n', 'technique', 'ltr']), '| upper trapezius | R | 0.25×30 | ‹n› | pistoning | LTR x2 |');
      assert.equal(recordTableRow(UT, ['target', 'needle', 'response', 'notes']), '| R upper trapezius | 0.25×30 mm | LTR x2 |  |');
      assert.equal(recordTableRow({ muscle: 'upper trapezius' }, ['muscle', 'side', 'size', 'referral']), '| upper trapezius | ‹R, L or B› | ‹needle size› | ‹referral› |');
      // Columns are read as the note reader reads them: separate length and gauge columns, a "Target tissue" column.
      assert.equal(recordTableRow(UT, ['target tissue', 'side', 'length (mm)', 'gauge', 'twitch response']), '| upper trapezius | R | 30 | ‹gauge› | LTR x2 |');
      // A choice left to fill never puts a "|" inside a cell.
      assert.equal(recordTableRow({ muscle: 'upper trapezius', side: '‹R|L|B›' }, ['muscle', 'side']), '| upper trapezius | ‹R or L or B› |');
    });
  });

  describe('where it goes', () => {
    it('after the list item under the cursor, as one more item', () => {
      const { after, record, plan } = insert(NOTE, lineOf(NOTE, '- L levator'), UT);
      assert.equal(after.split('\n')[lineOf(NOTE, '- L levator') + 1], '- R upper trapezius 0.25×30 mm, pistoning, LTR x2');
      assert.equal(record, '- R upper trapezius 0.25×30 mm, pistoning, LTR x2');
      assert.equal(plan.moved, undefined);
    });
    it('numbers a numbered list on, after the item\'s own continuation lines', () => {
      const text = '## Objective\n\n1. R UT 0.25x30 mm, LTR x1\n   familiar pain\n2. L UT 0.25x30 mm, LTR x1\n';
      const { after } = insert(text, 2, UT);
      assert.equal(after, '## Objective\n\n1. R UT 0.25x30 mm, LTR x1\n   familiar pain\n2. R upper trapezius 0.25×30 mm, pistoning, LTR x2\n2. L UT 0.25x30 mm, LTR x1\n');
    });
    it('a row after the cursor\'s row, or at the end when the cursor is on the header', () => {
      const row = lineOf(NOTE, '| gluteus medius');
      let r = insert(NOTE, row, UT);
      assert.equal(r.after.split('\n')[row + 1], '| upper trapezius | R | 0.25×30 | ‹n› | pistoning | LTR x2 |');
      r = insert(NOTE, row - 2, UT);
      assert.equal(r.after.split('\n')[row + 1], '| upper trapezius | R | 0.25×30 | ‹n› | pistoning | LTR x2 |');
      assert.equal(r.plan.form, 'row');
    });
    it('fills the template\'s blank row rather than adding one under it', () => {
      const text = '## Objective\n\n| Muscle | Side | Needle (mm) |\n|---|---|---|\n| ‹muscle› | ‹R, L or B› | ‹diameter×length› |\n';
      const { after } = insert(text, 4, UT);
      assert.equal(after, '## Objective\n\n| Muscle | Side | Needle (mm) |\n|---|---|---|\n| upper trapezius | R | 0.25×30 |\n');
    });
    it('on a blank line, keeps a following paragraph out of the new item; after a paragraph, leaves a blank line', () => {
      const blank = insert('## Objective\n\nPosition: prone.\n\nNeedles: 1 in / 1 out.\n', 3, UT).after;
      assert.equal(blank, '## Objective\n\nPosition: prone.\n\n- R upper trapezius 0.25×30 mm, pistoning, LTR x2\n\nNeedles: 1 in / 1 out.\n');
      const para = insert('## Objective\n\nPosition: prone.\nNeedles: 1 in / 1 out.\n', 2, UT).after;
      assert.equal(para, '## Objective\n\nPosition: prone.\n\n- R upper trapezius 0.25×30 mm, pistoning, LTR x2\n\nNeedles: 1 in / 1 out.\n');
    });
    it('from the Subjective or Plan, where a muscle reads as history or plan, goes after the last needled muscle', () => {
      const { plan, after } = insert(NOTE, lineOf(NOTE, 'Neck pain'), UT);
      assert.equal(plan.moved, 'after the last needled muscle');
      assert.ok(after.split('\n')[lineOf(NOTE, '| gluteus medius') + 1].startsWith('| upper trapezius | R |'));
      const bare = '## Subjective\n\nNeck pain.\n\n## Objective\n\nTender R UT.\n\n## Plan\n\nReview.\n';
      const moved = insert(bare, 10, UT);
      assert.equal(moved.plan.moved, 'at the end of the Objective');
      assert.ok(moved.after.includes('Tender R UT.\n\n- R upper trapezius 0.25×30 mm, pistoning, LTR x2\n'));
    });
    it('keeps CRLF line ends', () => {
      const text = NOTE.replace(/\n/g, '\r\n');
      const { after } = insert(text, lineOf(NOTE, '- L levator'), UT);
      assert.ok(!/[^\r]\n/.test(after));
    });
  });

  describe('what it writes lints clean for the fields it filled', () => {
    const problemsOn = (text: string, line: number) => lint(text).findings.filter((f) => f.range.start.line <= line && f.range.end.line >= line);
    it('baseline: the note itself raises nothing', () => {
      assert.deepEqual(lint(NOTE).findings.map((f) => `${f.ruleId}@${f.range.start.line}`), []);
    });
    for (const [what, prefix] of [['a list line', '- L levator'], ['a table row', '| gluteus medius']] as const) {
      it(`${what}: read back as the muscle, side, size, technique and twitch it was given, with no finding on it`, () => {
        const fields: RecordFields = { ...UT, needle: parseNeedleSize('0.30x60') };
        const { after, plan } = insert(NOTE, lineOf(NOTE, prefix), fields);
        const line = after.slice(0, plan.recordStart).split('\n').length - 1;
        const n = lint(after).note;
        const r = n.records.find((x) => n.lines.positionAt(x.start).line === line);
        assert.ok(r, `no record read on line ${line}: ${after.split('\n')[line]}`);
        assert.equal(r.muscle?.id, 'upper-trapezius');
        assert.equal(r.side, 'R');
        assert.equal(r.needle?.diameterMm, 0.3);
        assert.equal(r.needle?.lengthMm, 60);
        assert.ok(r.techniques.includes('pistoning'), r.techniques.join());
        assert.deepEqual(r.twitch, { present: true, count: 2 });
        // The table's n column is a field the clinician fills: only that blank may be reported.
        assert.deepEqual(problemsOn(after, line).map((f) => f.ruleId).filter((id) => id !== 'placeholder-unfilled'), []);
        const blanks = problemsOn(after, line).filter((f) => f.ruleId === 'placeholder-unfilled').map((f) => after.slice(f.start, f.end));
        assert.deepEqual(blanks, prefix.startsWith('|') ? ['‹n›'] : []);
      });
    }
  });
});
