import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { applyFix, assertClean, assertNothingLost, covered, crlf, findings, note, positionOf } from '../helpers';
import { headed, labelled } from './fixtures';

const ID = 'needle-count';

describe('rule needle-count', () => {
  it('is clean for the model note and counts in their many forms', () => {
    assertClean(readFileSync('test/fixtures/notes/model-note.md', 'utf8'), ID);
    assertClean(labelled(), ID);
    assertClean(headed(), ID);
    for (const count of [
      'Needle count: 6 in, 6 out.', 'Needle count in/out: 4/4', 'in/out 3/3', 'Needles in: 7; needles out: 7', 'Count: 5/5',
      'Needles removed: 4 of 4.', 'Needle count 3 (in) / 3 (out)', '5 needles inserted; 5 removed.', 'All needles removed.',
      'All needles accounted for.', 'No needles retained.', 'Needle count correct.',
      'Needle count: __ in / __ out; all needles removed and disposed of in sharps container.',
      'Needles: 10 in / 9 out; 1 found on table, disposed.',
    ]) assertClean(labelled({ count }), ID);
    assertClean(note('O: DN R UT 0.25x30 mm, LTR x2.', '', '| Needles in | Needles out |', '|---|---|', '| 2 | 2 |'), ID);
  });

  it('is clean when nothing was needled', () => {
    assertClean(note('S: neck pain.', 'P: DN next visit.'), ID);
  });

  it('reports a count where fewer needles came out than went in, on the count line', () => {
    for (const count of ['Needle count: 6 in, 5 out.', 'Needles: 5/4 in/out', 'in/out 3/2']) {
      const text = labelled({ count });
      const got = findings(text, ID);
      assert.equal(got.length, 1, count);
      const [f] = got;
      assert.equal(f.severity, 'error');
      assert.equal(covered(text, f), count);
      assert.deepEqual(f.range.start, positionOf(text, count));
      assert.match(f.message, /does not match/);
      assert.match(f.message, /may still be in the patient/);
      assert.equal(f.fixes.length, 0);
    }
    const [f] = findings(labelled({ count: 'Needle count: 6 in, 5 out.' }), ID);
    assert.match(f.message, /6 in but 5 out/);
  });

  it('reports a mismatch even beside "all removed" (the numbers disagree)', () => {
    assert.equal(findings(labelled({ count: 'Needles: 4 in / 3 out, all removed.' }), ID).length, 1);
  });

  it('reports needling without any count, once, on the first needled muscle', () => {
    const text = labelled({ count: null });
    const [f, ...rest] = findings(text, ID);
    assert.equal(rest.length, 0);
    assert.equal(covered(text, f), 'upper trapezius');
    assert.match(f.message, /no needle count/);
  });

  it('does not take a per-muscle needle number for a session count', () => {
    const text = labelled({ count: null, needling: 'DN R upper trapezius 0.25x30 mm, 2 needles in R UT, LTR x3.' });
    assert.equal(findings(text, ID).length, 1);
  });

  it('fix inserts a count to complete after the needling and satisfies the rule', () => {
    for (const text of [labelled({ count: null }), headed({ count: null }), crlf(headed({ count: null }))]) {
      const [f] = findings(text, ID);
      assert.equal(f.fixes[0].safe, false);
      const fixed = applyFix(text, f);
      assertNothingLost(text, fixed);
      assertClean(fixed, ID);
      assert.match(fixed, /Needle count: __ in \/ __ out; all needles removed and disposed of in sharps container\./);
      if (text.includes('\r\n')) assert.ok(!/[^\r]\n/.test(fixed), 'keeps CRLF');
    }
  });
});
