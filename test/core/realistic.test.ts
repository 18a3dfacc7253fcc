import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { lint } from '../../src/core/engine/lint';
import { rules } from '../../src/core/rules';

// Visit notes written the way physical therapists write them and EMRs export them (made-up
// patients). expected.json lists, per file, the exact set of rule ids the note must raise:
// usually none, and for the few notes with a real defect, that defect. A wrong finding costs
// the clinician's trust as much as a missed one, so both directions fail the test.

const dir = join(process.cwd(), 'test/fixtures/notes/realistic');
const expected: Record<string, string[]> = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8'));
const files = readdirSync(dir).filter((f) => f.endsWith('.md')).sort();

describe('realistic notes corpus', () => {
  it('has an expectation for every note and a note for every expectation', () => {
    assert.deepEqual(Object.keys(expected).sort(), files);
    assert.ok(files.length >= 24, `corpus has ${files.length} notes`);
    const ids = new Set(rules.map((r) => r.meta.id));
    for (const [file, want] of Object.entries(expected)) {
      for (const id of want) assert.ok(ids.has(id), `${file}: "${id}" is not a rule id`);
    }
  });

  it('mixes line ends, clean notes and notes with defects', () => {
    const texts = files.map((f) => readFileSync(join(dir, f), 'utf8'));
    assert.ok(texts.some((t) => t.includes('\r\n')), 'some notes use CRLF');
    assert.ok(texts.some((t) => !t.includes('\r\n')), 'some notes use LF');
    assert.ok(files.filter((f) => !expected[f].length).length >= 20, 'most notes are clean');
  });

  for (const file of files) {
    it(`raises exactly [${(expected[file] ?? []).join(', ')}] on ${file}`, () => {
      const text = readFileSync(join(dir, file), 'utf8');
      const { findings } = lint(text);
      const want = new Set(expected[file] ?? []);
      const got = new Set(findings.map((f) => f.ruleId));
      const where = (id: string) => findings.filter((f) => f.ruleId === id)
        .map((f) => `    ${f.range.start.line + 1}:${f.range.start.character + 1} ${id}: ${f.message}`);
      const unexpected = [...got].filter((id) => !want.has(id)).flatMap(where);
      const missed = [...want].filter((id) => !got.has(id)).map((id) => `    ${id}`);
      const report = [
        ...(unexpected.length ? ['  unexpected findings:', ...unexpected] : []),
        ...(missed.length ? ['  expected but not raised:', ...missed] : []),
      ];
      assert.ok(!report.length, `${file}\n${report.join('\n')}`);
    });
  }
});
