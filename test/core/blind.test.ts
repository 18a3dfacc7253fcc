import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { lint } from '../../src/core/engine/lint';
import { rules } from '../../src/core/rules';
import type { Severity } from '../../src/core/types';
import { batchesIn, scoreBatch } from '../blind/score';

// Every blind batch stays at or above the score recorded in scores.json (`npm run qa` prints the
// scores and lists each mismatch with -v), so precision and recall cannot slip unnoticed.
const DIR = 'test/fixtures/blind';
const recorded = JSON.parse(readFileSync(`${DIR}/scores.json`, 'utf8')) as Record<string, {
  errorsAndWarnings: { precision: number; recall: number };
  all: { precision: number; recall: number };
  compliantWithErrorsOrWarnings: number;
  infoPerCompliantNote: number;
  /** Notes scored, when the batch has fewer than the usual 90 (a writer who had not finished when it was scored). */
  notes?: number;
}>;
const severity = new Map<string, Severity>(rules.map((r) => [r.meta.id, r.meta.defaultSeverity]));

describe('blind QA batches keep their recorded scores', () => {
  it('records a score for at least the four batches the engine was measured on', () => {
    assert.ok(Object.keys(recorded).length >= 4);
    for (const batch of Object.keys(recorded)) assert.ok(batchesIn(DIR).includes(batch), `${batch} is recorded but has no notes and keys`);
  });
  // A batch being written has no recorded score yet; it is guarded once its first score is recorded.
  for (const batch of Object.keys(recorded)) {
    it(`${batch}`, () => {
      const floor = recorded[batch];
      const s = scoreBatch(lint, severity, `${DIR}/${batch}`, batch);
      const why = s.mismatches.map((m) => `${m.kind} ${m.file} ${m.key}: ${m.detail}`).join('\n');
      assert.ok(s.notes >= (floor.notes ?? 90), `${batch}: ${s.notes} notes`);
      assert.ok(s.errorsAndWarnings.precision >= floor.errorsAndWarnings.precision, `errors+warnings precision ${s.errorsAndWarnings.precision.toFixed(3)}\n${why}`);
      assert.ok(s.errorsAndWarnings.recall >= floor.errorsAndWarnings.recall, `errors+warnings recall ${s.errorsAndWarnings.recall.toFixed(3)}\n${why}`);
      assert.ok(s.all.precision >= floor.all.precision, `precision with info ${s.all.precision.toFixed(3)}\n${why}`);
      assert.ok(s.all.recall >= floor.all.recall, `recall with info ${s.all.recall.toFixed(3)}\n${why}`);
      assert.ok(s.compliantWithErrorsOrWarnings <= floor.compliantWithErrorsOrWarnings, `${s.compliantWithErrorsOrWarnings} compliant notes raise an error or warning\n${why}`);
      assert.ok(s.infoPerCompliantNote <= floor.infoPerCompliantNote, `info per compliant note ${s.infoPerCompliantNote.toFixed(2)}\n${why}`);
    });
  }
});
