import assert from 'node:assert/strict';
import { applyFix, assertClean, covered, crlf, findings, note, positionOf } from '../helpers';
import { modelNote } from '../model/model-note';

const ID = 'icd-invalid';

describe('rule icd-invalid', () => {
  it('raises nothing on the model note or on valid codes', () => {
    assertClean(modelNote(), ID);
    assertClean(note('Dx: M54.50, M79.12, G89.29'), ID);
  });
  it('reads only the code as written: a longer valid code is not the header it begins with', () => {
    const text = note('Dx: M79.12 myalgia of auxiliary muscles; M62.838 other muscle spasm; M79.1 myalgia');
    assert.deepEqual(findings(text, ID).map((f) => covered(text, f)), ['M79.1']);
  });
  it('flags a deleted code and offers each replacement', () => {
    const text = crlf(note('## Assessment', 'Dx: M54.5 low back pain'));
    const [f] = findings(text, ID);
    assert.equal(f.severity, 'error');
    assert.equal(covered(text, f), 'M54.5');
    assert.deepEqual(f.range.start, positionOf(text, 'M54.5'));
    assert.equal(f.message, 'M54.5 was deleted from ICD-10-CM');
    assert.deepEqual(f.fixes.map((x) => x.title), ['Change to M54.50', 'Change to M54.51', 'Change to M54.59']);
    const fixed = applyFix(text, f, 0);
    assert.ok(fixed.includes('Dx: M54.50 low back pain'));
    assertClean(fixed, ID);
  });
  it('flags lumbar and lumbosacral disc degeneration written without the pain\'s character, headers since October 2024 (two batch 228 auditors)', () => {
    const text = note('Dx: M54.50 Low back pain, unspecified; M51.36 Other intervertebral disc degeneration, lumbar region', 'ICD-10: M5137');
    const got = findings(text, ID);
    assert.deepEqual(got.map((f) => [covered(text, f), f.message]), [['M51.36', 'M51.36 is a header code: add the last character'], ['M5137', 'M5137 is a header code: add the last character']]);
    assert.deepEqual(got[0].fixes.map((x) => x.title), ['Change to M51.360', 'Change to M51.361', 'Change to M51.362', 'Change to M51.369']);
    assertClean(note('Dx: M51.362 lumbar disc degeneration with back and leg pain, M51.379'), ID);
  });
  it('flags a header code, also written without the dot', () => {
    const text = note('Dx: M79.1 myalgia', 'ICD-10: M791');
    const got = findings(text, ID);
    assert.deepEqual(got.map((f) => covered(text, f)), ['M79.1', 'M791']);
    assert.equal(got[0].message, 'M79.1 is a header code: add the last character');
    assert.equal(got[1].fixes[0].title, 'Change to M7910');
  });
});
