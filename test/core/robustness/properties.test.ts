import assert from 'node:assert/strict';
import fc from 'fast-check';
import { applyEdits, applySafeFixes, lint } from '../../../src/core/engine/lint';
import { LineIndex } from '../../../src/core/parse/line-index';
import { anyText, messyNote } from './arbitraries';

const runs = Number(process.env.FC_RUNS ?? 300);

/** True when `small` can be read in `big` by deleting characters only. */
function isSubsequence(small: string, big: string): boolean {
  let j = 0;
  for (let i = 0; i < big.length && j < small.length; i++) if (big[i] === small[j]) j++;
  return j === small.length;
}

describe('robustness: properties of the engine over arbitrary text', () => {
  it(`never throws, for any text (${runs} runs)`, () => {
    fc.assert(fc.property(anyText, (text) => { lint(text); }), { numRuns: runs });
  });

  it('keeps every finding and every edit inside the document, with offsets and ranges that agree', () => {
    fc.assert(fc.property(anyText, (text) => {
      const lines = new LineIndex(text);
      for (const f of lint(text).findings) {
        assert.ok(f.start >= 0 && f.start <= f.end && f.end <= text.length, `finding ${f.ruleId} out of bounds`);
        assert.deepEqual(f.range, lines.range(f.start, f.end));
        for (const fix of f.fixes) for (const e of fix.edits) {
          assert.ok(e.start >= 0 && e.start <= e.end && e.end <= text.length, `edit of ${f.ruleId} out of bounds`);
          assert.deepEqual(e.range, lines.range(e.start, e.end));
        }
      }
    }), { numRuns: runs });
  });

  it('applies every fix cleanly: edits of one fix never overlap', () => {
    fc.assert(fc.property(messyNote, (text) => {
      for (const f of lint(text).findings) for (const fix of f.fixes) {
        const sorted = [...fix.edits].sort((a, b) => a.start - b.start);
        for (let i = 1; i < sorted.length; i++) assert.ok(sorted[i].start >= sorted[i - 1].end, `${f.ruleId}: overlapping edits`);
        applyEdits(text, fix.edits);
      }
    }), { numRuns: runs });
  });

  it('fix-all is idempotent: applying the safe fixes twice equals applying them once', () => {
    fc.assert(fc.property(messyNote, (text) => {
      const once = applySafeFixes(text, lint(text).findings);
      const twice = applySafeFixes(once, lint(once).findings);
      assert.equal(twice, once);
    }), { numRuns: runs });
  });

  it('never removes what the clinician wrote: safe fixes only insert, other fixes replace only the flagged text', () => {
    fc.assert(fc.property(messyNote, (text) => {
      for (const f of lint(text).findings) for (const fix of f.fixes) {
        const after = applyEdits(text, fix.edits);
        if (fix.safe) assert.ok(isSubsequence(text, after), `${f.ruleId}: safe fix "${fix.title}" removed text`);
        for (const e of fix.edits) {
          if (e.start === e.end) continue;
          assert.ok(e.start >= f.start && e.end <= f.end, `${f.ruleId}: fix "${fix.title}" replaces text outside the finding`);
        }
      }
    }), { numRuns: runs });
  });
});
