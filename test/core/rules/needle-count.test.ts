import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { applyFix, assertClean, assertNothingLost, covered, crlf, findings, note, positionOf, fillFields } from '../helpers';
import { headed, labelled } from './fixtures';

const ID = 'needle-count';

describe('rule needle-count', () => {
  it('is clean for the model note and counts in their many forms', () => {
    assertClean(readFileSync('test/fixtures/notes/model-note.md', 'utf8'), ID);
    assertClean(labelled(), ID);
    assertClean(headed(), ID);
    for (const count of [
      'Needle count: 6 in, 6 out.', 'Needles: 4 in, 4 out.', 'Needle count in/out: 4/4', 'in/out 3/3', 'Needles in: 7; needles out: 7', 'Count: 5/5',
      'Needles removed: 4 of 4.', 'Needle count 3 (in) / 3 (out)', '5 needles inserted; 5 removed.', 'All needles removed.',
      'All needles accounted for.', 'No needles retained.', 'Needle count correct.',
      'Needle count: __ in / __ out; all needles removed and disposed of in sharps container.',
      'Needles: 10 in / 9 out; 1 found on table, disposed.',
      // Two needles: "both" is all of them.
      '2 needles total, both removed and disposed in sharps.', 'Both needles removed.', 'Every needle removed and counted.',
      // One number for both: "4 needles in/out".
      '4 needles in/out.', 'Needles in/out: 3', 'in/out x2',
    ]) assertClean(labelled({ count }), ID);
    assertClean(note('O: DN R UT 0.25x30 mm, LTR x2.', '', '| Needles in | Needles out |', '|---|---|', '| 2 | 2 |'), ID);
  });

  it('reads more of the clinic\'s counts: needles disposed of, the count checked or done, inserted and removed, "In 2 / out 2"', () => {
    for (const count of ['1 needle used, 1 disposed of.', 'Needle count checked.', 'Needle count done.', 'Needle count OK.', '1 needle inserted and removed.', 'In 1 / out 1.']) {
      assertClean(labelled({ count }), ID);
    }
    assert.match(findings(labelled({ count: '2 needles used, 1 disposed of.' }), ID)[0]?.message ?? '', /2 in, 1 out/);
    assert.match(findings(labelled({ count: 'In 2 / out 1.' }), ID)[0]?.message ?? '', /2 in, 1 out/);
    // "ok" or "done" after the needles, not after a count, says nothing of the count.
    for (const count of ['Tolerated needles ok.', 'Needles done.', 'Needles disposed in sharps.']) assert.equal(findings(labelled({ count }), ID).length, 1, count);
  });

  it('reads a count said with "and" between in and out ("2 in and 2 out") (batch 268, wrd-10)', () => {
    assertClean(labelled({ count: '2 in and 2 out, both removed, tolerated well.' }), ID);
    assert.match(findings(labelled({ count: '2 in and 1 out, tolerated well.' }), ID)[0]?.message ?? '', /2 in, 1 out/);
  });

  it('reads the needles said to be accounted for as all of them, with or without "all" (probes after batch 249)', () => {
    for (const count of ['Needles accounted for.', 'Needles accounted for x2.', 'Needles were accounted for, sharps bin.']) assertClean(labelled({ count }), ID);
    // Not accounted for, or only some of them, is no count.
    for (const count of ['Needles not accounted for.', 'One of the needles accounted for.']) assert.equal(findings(labelled({ count }), ID).length, 1, count);
  });

  it('reads the number of needles in brackets after "all needles" (batch 250, wnb-09)', () => {
    assertClean(labelled({ count: 'All needles (3) removed and counted.' }), ID);
    assertClean(labelled({ count: 'All needles ( 2 ) out.' }), ID);
  });

  it('reads "Both removed." right under the needled muscles\' sizes as their needles out, and only there (batch 196, wbq-11)', () => {
    const under = (line: string) => note('Consent: verbal.', 'DN supine:', '- L masseter 0.25 x 25 mm, LTR x3.', '- L temporalis 0.25 x 25 mm, LTR x1.', line, 'Aftercare: sore 24 h.');
    assertClean(under('Both removed. Tolerated well.'), ID);
    assertClean(under('All removed.'), ID);
    assert.equal(findings(under('Tape removed.'), ID).length, 1);
    assert.equal(findings(note('Consent: verbal.', 'DN supine:', '- L masseter 0.25 x 25 mm, LTR x3.', '', 'Home programme reviewed.', 'All removed.'), ID).length, 1);
  });

  it('is clean when nothing was needled', () => {
    assertClean(note('S: neck pain.', 'P: DN next visit.'), ID);
  });

  it('reports a count where fewer needles came out than went in, on the count line', () => {
    for (const count of ['Needle count: 6 in, 5 out.', 'Needles: 5/4 in/out', 'in/out 3/2', 'Needles in/out: 8 in / 7 out']) {
      const text = labelled({ count });
      const got = findings(text, ID);
      assert.equal(got.length, 1, count);
      const [f] = got;
      assert.equal(f.severity, 'error');
      assert.equal(covered(text, f), count);
      assert.deepEqual(f.range.start, positionOf(text, count));
      assert.match(f.message, /^Needle count differs: \d+ in, \d+ out$/);
      assert.equal(f.fixes.length, 0);
    }
    const [f] = findings(labelled({ count: 'Needle count: 6 in, 5 out.' }), ID);
    assert.equal(f.message, 'Needle count differs: 6 in, 5 out');
  });

  it('reports a mismatch even beside "all removed" (the numbers disagree)', () => {
    assert.equal(findings(labelled({ count: 'Needles: 4 in / 3 out, all removed.' }), ID).length, 1);
  });

  it('reports needling without any count, once, on the needling line', () => {
    const text = labelled({ count: null });
    const [f, ...rest] = findings(text, ID);
    assert.equal(rest.length, 0);
    assert.equal(covered(text, f), 'DN R upper trapezius 0.25x30 mm, pistoning, LTR x3.');
    assert.equal(f.message, 'No needle count or "all needles removed"');
  });

  it('does not take a per-muscle needle number for a session count', () => {
    const text = labelled({ count: null, needling: 'DN R upper trapezius 0.25x30 mm, 2 needles in R UT, LTR x3.' });
    assert.equal(findings(text, ID).length, 1);
  });

  it('fix inserts a count to complete after the needling and satisfies the rule', () => {
    for (const text of [labelled({ count: null }), headed({ count: null }), crlf(headed({ count: null }))]) {
      const [f] = findings(text, ID);
      assert.equal(f.fixes[0].safe, false);
      const prepared = applyFix(text, f);
      assertNothingLost(text, prepared);
      // The number inserted comes from the records only when every one states it; the rest is the clinician's.
      assert.match(prepared, /Needle count: (?:\d+|‹number›) in \/ ‹number› out; ‹all needles removed \| needles unaccounted for: …›\./);
      assert.equal(findings(prepared, ID).length, 1, 'nothing is counted until the clinician fills it in');
      assertClean(fillFields(prepared, { number: '1' }), ID);
      if (text.includes('\r\n')) assert.ok(!/[^\r]\n/.test(prepared), 'keeps CRLF');
    }
  });
});
