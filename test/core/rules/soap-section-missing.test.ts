import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { applyFix, assertClean, assertNothingLost, covered, crlf, findings, note, positionOf } from '../helpers';
import { headed, labelled } from './fixtures';

const ID = 'soap-section-missing';

describe('rule soap-section-missing', () => {
  it('is clean for complete notes in every label style', () => {
    assertClean(labelled(), ID);
    assertClean(headed(), ID);
    assertClean(note('**S:** neck pain', '**O:** ROM 60°', '**A:** improving', '**P:** continue'), ID);
    assertClean(note('SUBJECTIVE', 'neck pain', '', 'OBJECTIVE', 'ROM 60°', '', 'ASSESSMENT', 'improving', '', 'PLAN', 'continue'), ID);
    assertClean(note('### Subjective:', 'x', '### Objective:', 'y', '### Assessment:', 'z', '### Plan:', 'w'), ID);
    assertClean(crlf(note('S - neck pain', 'O - ROM 60°', 'A - improving', 'P - continue')), ID);
  });

  it('reads a report headed for whoever is treated as the Subjective: "Patient Report", "Client Report" (batch 277, wtb-01)', () => {
    for (const who of ['Patient', 'Pt', 'Client']) assertClean(note(`### ${who} Report`, 'Neck pain 4/10.', '### Findings', 'TTP R UT.', '### Clinical Impression', 'Myofascial pain.', '### Plan', 'Review 1/52.'), ID);
  });

  it('leaves a stand-alone procedure note (the model note) alone', () => {
    assertClean(readFileSync('test/fixtures/notes/model-note.md', 'utf8'), ID);
  });

  it('leaves a note whose text is all inside a code block never closed to code-block-unclosed (batch 51)', () => {
    assertClean(note('Treatment note - 09/09/2025', '', '```', 'Subjective: calf strain.', 'Objective: taut band R medial gastrocnemius.', 'Assessment: healing.', 'Plan: review 1/52.'), ID);
    // With sections before the block, a section inside it is not read, and is named as missing.
    const [f] = findings(note('S: neck pain', 'O: ROM 60°', 'A: improving', '```', 'P: continue'), ID);
    assert.match(f.message, /^No Plan section$/);
  });

  it('reads a section name alone on its line as the section, but not Rx, Tx or Ax, and a single letter alone only in a note that writes two or more so', () => {
    const body = (s: string, o: string, a: string, p: string) => note(s, 'Neck pain 4/10.', '', o, 'DN R infraspinatus 0.25x30 mm, LTR x2.', '', a, 'Improving.', '', p, 'Review 1/52.');
    assertClean(body('SUBJECTIVE', 'OBJECTIVE', 'ASSESSMENT', 'PLAN'), ID);
    for (const plan of ['Rx:', 'Tx:']) assert.deepEqual(findings(body('S:', 'O:', 'A:', plan), ID).map((f) => f.message), ['No Plan section'], plan);
    assert.deepEqual(findings(body('S:', 'O:', 'Ax:', 'P:'), ID).map((f) => f.message), ['No Assessment section']);
    // Letters alone, in the SOAP order, are the note's labels (batch 273): this one has no Plan.
    assert.deepEqual(findings(body('S', 'O', 'A', 'Next'), ID).map((f) => f.message), ['No Plan section']);
    // One letter alone is a word: the note has no sections, and records needling, so it is a procedure note.
    assert.deepEqual(findings(note('A', 'Neck pain 4/10.', '', 'DN R infraspinatus 0.25x30 mm, LTR x2.'), ID), []);
  });

  it('reads a section name beside one word of another language or a word it is given with as its section ("Subjective / Kaupapa", "Advice and plan", batch 225)', () => {
    const text = note('## Subjective / Kaupapa', 'neck pain.', '', '## Objective', 'DN R infraspinatus 0.25x30 mm, LTR x2.', '', '## Assessment', 'ok', '', '**Advice and plan:**', 'Review 1/52.');
    assertClean(text, ID);
    // Two words beside the name are not one word of another language.
    assert.deepEqual(findings(note('## Subjective / Kaupapa Maori', 'neck pain.', '## Objective', 'DN.', '## Assessment', 'ok', '## Plan', 'Review.'), ID).map((f) => f.message), ['No Subjective section']);
  });

  it('reads a bold label with its dash inside the bold as its section ("**S –**", batch 224)', () => {
    for (const [s, o, a] of [['**S –**', '**O –**', '**A –**'], ['**Subjective -**', '**Objective -**', '**Assessment -**']]) {
      const text = note(`${s} neck pain 4/10.`, '', `${o} DN R infraspinatus 0.25x30 mm, LTR x2.`, '', `${a} improving.`, '', 'Review 1/52.');
      assert.deepEqual(findings(text, ID).map((f) => f.message), ['No Plan section'], s);
    }
  });
  it('reads a numbered heading, or one of a single letter, as its section (batch 228\'s and 229\'s writers asked)', () => {
    for (const [s, o, a] of [['## 1. Subjective', '## 2. Objective', '## 3. Assessment'], ['## I. Subjective', '## II) Objective', '## III. Assessment'], ['## S', '## O', '## A']]) {
      const text = note(s, 'Neck pain 4/10.', o, 'DN R infraspinatus 0.25x30 mm, LTR x2.', a, 'Improving.', '## Next', 'Review 1/52.');
      assert.deepEqual(findings(text, ID).map((f) => f.message), ['No Plan section'], s);
    }
  });
  it('reads a capital letter and a dash alone on its line as the section over the bullets under it ("S -", batch 54)', () => {
    assertClean(note('S -', '- L lateral hip pain 8/52', 'O -', '- TTP L glute med', 'A -', '- GTPS', 'Rx -', '- STM 10 min', 'P -', '- review 1/52'), ID);
    const [f] = findings(note('S - R lat elbow pain 3/12', 'O -', '- grip R 28kg', 'A - tendinopathy', 'P -'), ID);
    assert.equal(f, undefined);
  });

  it('skips empty notes and notes with only front matter', () => {
    assertClean('', ID);
    assertClean('\n\n', ID);
    assertClean(note('---', 'date: 2025-03-04', '---'), ID);
  });

  it('reports one finding at the first section label, listing what is missing', () => {
    const text = note('S: neck pain', 'O: ROM 60°', 'P: continue');
    const [f, ...rest] = findings(text, ID);
    assert.equal(rest.length, 0);
    assert.equal(f.severity, 'warning');
    assert.equal(covered(text, f), 'S:');
    assert.match(f.message, /No Assessment section/);
    const two = note('## Subjective', 'x', '', '## Objective', 'y');
    assert.match(findings(two, ID)[0].message, /^No Assessment or Plan section$/);
  });

  it('reports a note with no SOAP sections and no needling at its first line', () => {
    const text = note('Pt seen for neck pain.', 'HEP reviewed.');
    const [f] = findings(text, ID);
    assert.deepEqual(f.range.start, positionOf(text, 'Pt seen'));
    assert.match(f.message, /No SOAP sections/);
  });

  it('fix adds a missing label in the note\'s style, before the next section', () => {
    const text = note('S: neck pain', 'O: ROM 60°', 'P: continue');
    const fixed = applyFix(text, findings(text, ID)[0]);
    assert.equal(fixed, note('S: neck pain', 'O: ROM 60°', 'A:', 'P: continue'));
    assertClean(fixed, ID);

    const bold = note('**S:** neck pain', '**O:** ROM 60°');
    const boldFixed = applyFix(bold, findings(bold, ID)[0]);
    assert.equal(boldFixed, note('**S:** neck pain', '**O:** ROM 60°', '', '**A:**', '**P:**'));
    assertClean(boldFixed, ID);

    const upper = note('SUBJECTIVE:', 'neck pain', 'PLAN:', 'continue');
    const upperFixed = applyFix(upper, findings(upper, ID)[0]);
    assert.equal(upperFixed, note('SUBJECTIVE:', 'neck pain', 'OBJECTIVE:', 'ASSESSMENT:', 'PLAN:', 'continue'));
    assertClean(upperFixed, ID);
  });

  it('fix adds headings at the level the note uses, keeps all text, and keeps CRLF', () => {
    const text = crlf(note('## Subjective', 'x', '', '## Objective', 'y', '', '## Billing', '20561'));
    const fixed = applyFix(text, findings(text, ID)[0]);
    assertNothingLost(text, fixed);
    assertClean(fixed, ID);
    assert.ok(fixed.endsWith('## Assessment\r\n\r\n## Plan\r\n\r\n'));
    assert.ok(!/[^\r]\n/.test(fixed));
  });

  it('fix for a note without sections adds all four headings at the end', () => {
    const text = 'Pt seen for neck pain.';
    const fixed = applyFix(text, findings(text, ID)[0]);
    assertNothingLost(text, fixed);
    assertClean(fixed, ID);
    assert.equal(findings(text, ID)[0].fixes[0].safe, true, 'empty headings are safe for fix-all');
  });

  it('reads a section name in capitals with a bracketed aside typed under it (batch 254, wny-10)', () => {
    const text = (aside: string) => note('SUBJECTIVE', 'R shoulder ache 3/10.', '', 'OBJECTIVE', aside, 'DN R infraspinatus 0.30x40 mm, LTR x4.', '', 'ASSESSMENT', 'Improving.', '', 'PLAN', '2x/wk.');
    for (const aside of ['(CF 03/11/25)', '(copied forward)']) assertClean(text(aside), ID);
    assertClean(note('SUBJECTIVE', 'neck 3/10.', '', 'OBJECTIVE (cont.)', 'ROM full. DN R UT 0.25x30 mm.', '', 'ASSESSMENT', 'improving.', '', 'PLAN', '2x/wk.'), ID);
    // A word that names no section keeps its aside: "Pain (R shoulder)" opens nothing.
    assert.equal(findings(note('SUBJECTIVE', 'ache.', '', 'Pain (R shoulder)', 'DN R infraspinatus 0.30x40 mm.', '', 'ASSESSMENT', 'ok.', '', 'PLAN', '2x/wk.'), ID).length, 1);
  });
  it('reads a heading of a section letter with its colon and a title for the patient ("## S: What you told us") (batch 266, wqv-17)', () => {
    const text = note('## S: What you told us', 'Forearm ache 3/10.', '', '## O: What we found', 'DN L FDS 0.25x30 mm, LTR x2.', '', '## P: The plan', 'Review 1 week.');
    assert.deepEqual(findings(text, ID).map((f) => f.message), ['No Assessment section']);
    assertClean(note('## S: What you told us', 'ache.', '', '## O: What we found', 'DN L FDS.', '', '## A: What we think', 'improving.', '', '## P: The plan', 'review.'), ID);
  });
  it('counts "A/P" and "Assessment/Plan" as both sections (realistic corpus)', () => {
    assertClean(note('S: neck pain 4/10', 'O: ROM WNL', 'A/P: improving; continue 1x/wk'), ID);
    assertClean(crlf(note('## Subjective', 'a', '## Objective', 'b', '## Assessment/Plan', 'c')), ID);
  });
  it('reads a bare section name typed on the line after a bullet as that section, in a note that names its sections so (batch 48)', () => {
    const text = note('Subjective', 'R hip pain.', 'Objective', 'TTP R glute med.', 'Assessment', 'GTPS.', 'Treatment', 'DN L side-lying, 0.30x60 mm:', '- R gluteus medius — LTR x3',
      '- R TFL — LTR x1', 'Tolerated well.', 'Plan', 'Review 1/52.');
    assertClean(text, ID);
    // A note written with labels keeps reading a lone word under a bullet as part of it.
    assert.deepEqual(findings(note('S: R hip pain.', 'O: TTP R glute med.', 'A: GTPS.', 'DN:', '- R gluteus medius 0.30x60, LTR x3', 'Plan'), ID).map((f) => f.message), ['No Plan section']);
  });
});
