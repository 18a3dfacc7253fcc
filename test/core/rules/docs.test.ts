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

  // Clinicians read the headline in the Problems panel and a hover: what is missing first, short.
  // Each {field} is filled with a long but real value; a new field must add its sample here.
  const LONG: Record<string, string> = {
    muscle: 'left serratus posterior superior', written: 'lumbar multifidus L4-S1', sections: 'Subjective, Assessment or Plan',
    problem: 'a colon inside a value (quote it)', region: 'chest and abdomen', code: 'M79.18X', count: '12 muscles', right: '20561',
    units: '3', in: '12', out: '11', n: '12', score: 'NPRS 12/10', range: '0–10', lines: '1200', field: '‹what you told the patient to exp…›',
    name: 'needle-size-mising', visits: '10', days: '30', sessions: '12', hours: '100',
  };
  it('says what is missing first, in a headline of at most 60 characters', () => {
    for (const r of rules) {
      for (const [key, template] of Object.entries(r.meta.messages)) {
        const filled = template.replace(/\{(\w+)\}/g, (_, field: string) => {
          assert.ok(field in LONG, `${r.meta.id}.${key}: add a long sample for {${field}}`);
          return LONG[field];
        });
        assert.ok(filled.length <= 60, `${r.meta.id}.${key} is ${filled.length} characters: "${filled}"`);
        assert.match(filled, /^[A-Z0-9{"]/, `${r.meta.id}.${key} starts with a capital`);
        assert.doesNotMatch(filled, /\.$/, `${r.meta.id}.${key}: a headline, not a sentence`);
      }
    }
  });

  it('has up-to-date generated docs in docs/rules (node scripts/gen-docs.mjs)', () => {
    const r = spawnSync(process.execPath, ['scripts/gen-docs.mjs', '--check'], { encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
  });
});
