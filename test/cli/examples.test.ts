import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { runCli } from './cli-helpers';

// What each example note is meant to raise (see examples/README.md). Exact sets: a clean
// note must raise nothing and a defect note nothing beyond its defects, because a wrong
// finding costs a clinician's trust as much as a missed one.
const EXPECTED: Record<string, string[]> = {
  'clean-headings-table.soap.md': [],
  'clean-labels-bullets.soap.md': [],
  'clean-bold-crlf.soap.md': [],
  'signed-note.soap.md': [],
  'signed-addendum.soap.md': [],
  'defect-consent-aftercare-missing.soap.md': ['aftercare-missing', 'consent-missing'],
  'defect-consent-refused.soap.md': ['consent-not-given'],
  'defect-pneumothorax-not-discussed.soap.md': ['pneumothorax-not-discussed'],
  'defect-side-and-spelling.soap.md': ['side-missing', 'unknown-muscle'],
  'defect-billing-codes.soap.md': ['cpt-muscle-count', 'icd-invalid', 'pain-score-out-of-range'],
  // One patient's course of care (examples/course/README.md): clean, but for the one reminder it shows.
  'course/2025-01-06-EX-0731.soap.md': [],
  'course/2025-01-13-EX-0731.soap.md': [],
  'course/2025-01-20-EX-0731.soap.md': [],
  'course/2025-01-27-EX-0731.soap.md': [],
  'course/2025-02-03-EX-0731.soap.md': [],
  'course/2025-02-10-EX-0731.soap.md': ['consent-renewal'],
  'course/2025-02-17-EX-0731.soap.md': [],
  'course/2025-02-24-EX-0731.soap.md': [],
};

interface JsonResult {
  file: string;
  findings: Array<{ ruleId: string; line: number; message: string }>;
  error?: string;
}

describe('cli: examples folder', () => {
  const root = resolve('.');
  let results: JsonResult[];
  let code: number | null;
  before(() => {
    const r = runCli(['--format', 'json', 'examples'], root);
    code = r.code;
    results = JSON.parse(r.stdout);
  });

  it('the manifest lists every example note', () => {
    const notes = [...readdirSync(resolve('examples')), ...readdirSync(resolve('examples/course')).map((f) => `course/${f}`)]
      .filter((f) => f.endsWith('.md') && !f.endsWith('README.md')).sort();
    assert.deepEqual(notes, Object.keys(EXPECTED).sort());
  });

  it('exits 1 (the defect notes have errors) and reads every file', () => {
    assert.equal(code, 1);
    assert.deepEqual(results.filter((r) => r.error), []);
  });

  for (const [name, expected] of Object.entries(EXPECTED)) {
    it(`${name}: ${expected.length ? expected.join(', ') : 'no findings'}`, () => {
      const result = results.find((r) => r.file === `examples/${name}`);
      assert.ok(result, `${name} was not linted`);
      const got = [...new Set(result.findings.map((f) => f.ruleId))].sort();
      const detail = result.findings.map((f) => `  ${f.line}: ${f.ruleId} ${f.message}`).join('\n');
      assert.deepEqual(got, [...expected].sort(), `findings:\n${detail}`);
    });
  }
});
