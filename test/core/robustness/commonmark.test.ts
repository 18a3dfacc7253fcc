import assert from 'node:assert/strict';
import { lint } from '../../../src/core/engine/lint';

// Every example of the CommonMark specification, linted as if it were a note: a real
// outside corpus of the strangest Markdown there is.
 
const spec: { tests: Array<{ markdown: string; number: number; section: string }> } = require('commonmark-spec');

describe('robustness: CommonMark specification examples', () => {
  it(`lints all ${spec.tests.length} examples without an exception, within a per-example time bound`, () => {
    let slowest = { ms: 0, number: 0 };
    let total = 0;
    for (const t of spec.tests) {
      const start = performance.now();
      const { findings } = lint(t.markdown);
      const ms = performance.now() - start;
      total += ms;
      if (ms > slowest.ms) slowest = { ms, number: t.number };
      for (const f of findings) assert.ok(f.end <= t.markdown.length, `example ${t.number}: finding out of bounds`);
      // A generous bound that still catches a hang or a catastrophic regular expression.
      assert.ok(ms < 1000, `example ${t.number} took ${ms.toFixed(0)} ms`);
    }
    console.log(`      ${spec.tests.length} examples, ${total.toFixed(0)} ms in all, slowest #${slowest.number} at ${slowest.ms.toFixed(1)} ms`);
    assert.ok(spec.tests.length > 600);
  });
});
