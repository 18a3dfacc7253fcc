import assert from 'node:assert/strict';
import { lint } from '../../../src/core/engine/lint';
import { assertClean, crlf, findings, note } from '../helpers';

const ID = 'front-matter-invalid';

describe('rule front-matter-invalid', () => {
  it('is clean for valid, empty or absent front matter', () => {
    assertClean(note('---', 'date: 2025-03-04', 'clinician: "J. Doe, PT"', '---', 'S: neck pain'), ID);
    assertClean(note('---', '---', 'S: neck pain'), ID);
    assertClean(note('S: neck pain'), ID);
  });

  it('reports broken YAML at the offset of the problem, with a plain message that quotes no note text', () => {
    const text = note('---', 'date: 2025-03-04', 'patient: [Jane Roe', '---', 'S: neck pain');
    const [f, ...rest] = findings(text, ID);
    assert.equal(rest.length, 0);
    assert.equal(f.severity, 'error');
    assert.ok(f.range.start.line >= 1 && f.range.start.line <= 3, `line ${f.range.start.line}`);
    assert.match(f.message, /^Front matter unreadable: /);
    assert.doesNotMatch(f.message, /Jane|Roe/);
  });

  it('reports front matter that is not key: value lines', () => {
    const [f] = findings(note('---', '- just', '- a list', '---', 'S: x'), ID);
    assert.match(f.message, /^Front matter unreadable/);
  });

  it('reports duplicate-free bad indentation and tabs too, with CRLF', () => {
    const text = crlf(note('---', 'date: 2025-03-04', '  bad: indent: here', '---', 'S: x'));
    assert.equal(findings(text, ID).length, 1);
  });

  it('keeps linting the body: other rules still run', () => {
    const text = note('---', 'date: [2025', '---', 'S: NPRS 12/10', 'O: DN R upper trapezius 0.25x30 mm, LTR x2.');
    const ids = new Set(lint(text).findings.map((f) => f.ruleId));
    for (const id of [ID, 'consent-missing', 'needle-count', 'aftercare-missing', 'pain-score-out-of-range', 'pneumothorax-not-discussed']) {
      assert.ok(ids.has(id), `expected ${id}`);
    }
  });
});
