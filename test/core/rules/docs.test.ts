import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { lint } from '../../../src/core/engine/lint';
import { defaultConfig } from '../../../src/core/config/config';
import { contextFromTexts } from '../../../src/core/course/context';
import { rules } from '../../../src/core/rules';

// Every rule documents itself, and its documented examples are executed (remark-lint style):
// the "bad" example raises the rule and the "good" one does not.
describe('rules: metadata and documented examples', () => {
  it('has unique kebab-case ids and DNnnn codes', () => {
    const ids = rules.map((r) => r.meta.id);
    const codes = rules.map((r) => r.meta.code);
    assert.equal(new Set(ids).size, ids.length);
    assert.equal(new Set(codes).size, codes.length);
    for (const r of rules) {
      assert.match(r.meta.id, /^[a-z]+(?:-[a-z0-9]+)*$/);
      assert.match(r.meta.code, /^DN\d{3}$/);
    }
  });

  for (const rule of rules) {
    // Course-of-care rules are checked with the earlier notes their example names.
    const earlier = rule.meta.example.earlier;
    const lintExample = (text: string) => lint(text, undefined, earlier ? { course: contextFromTexts(earlier, defaultConfig()) } : {});
    describe(rule.meta.id, () => {
      it('has a title and a rationale of at least two sentences', () => {
        assert.ok(rule.meta.title.length > 10);
        assert.ok(rule.meta.rationale.split(/[.!?](\s|$)/).filter((s) => s.trim().length > 3).length >= 2, 'rationale too short');
      });
      it('raises a finding on its "bad" example', () => {
        assert.ok(lintExample(rule.meta.example.bad).findings.some((f) => f.ruleId === rule.meta.id));
      });
      it('raises nothing on its "good" example', () => {
        assert.deepEqual(lintExample(rule.meta.example.good).findings.filter((f) => f.ruleId === rule.meta.id).map((f) => f.message), []);
      });
      it('offers fixes only if it says it is fixable', () => {
        const fixes = lintExample(rule.meta.example.bad).findings.filter((f) => f.ruleId === rule.meta.id).flatMap((f) => f.fixes);
        if (!rule.meta.fixable) assert.equal(fixes.length, 0);
      });
    });
  }

  it('has up-to-date generated docs in docs/rules (node scripts/gen-docs.mjs)', () => {
    const r = spawnSync(process.execPath, ['scripts/gen-docs.mjs', '--check'], { encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
  });
});
