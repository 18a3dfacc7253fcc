// The generated rule pages, rule index and configuration schema are the ones in the repository:
// one generator (src/core/engine/rule-docs.ts, src/core/config/schema.ts) makes all of them, and
// a page the editor opens is the same text with a link to the page at the running version.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { configSchema } from '../../../src/core/config/schema';
import { REPOSITORY_URL, renderRuleDoc, renderRuleIndex, ruleDocUrl } from '../../../src/core/engine/rule-docs';
import { rules } from '../../../src/core/rules';

// The unit runner works from the repository root (scripts/test-unit.mjs).
const root = process.cwd();
const read = (path: string) => readFileSync(join(root, path), 'utf8');

describe('engine/rule-docs', () => {
  it('renders every rule page exactly as docs/rules holds it', () => {
    for (const { meta } of rules) assert.equal(renderRuleDoc(meta), read(`docs/rules/${meta.id}.md`), `docs/rules/${meta.id}.md is stale: run node scripts/gen-docs.mjs`);
  });

  it('renders the rule index and the configuration schema exactly as committed', () => {
    assert.equal(renderRuleIndex(rules), read('docs/rules/README.md'));
    assert.equal(JSON.stringify(configSchema(rules), null, 2) + '\n', read('schemas/dnlint.schema.json'));
  });

  it('gives each rule a schema entry with its severity choices and typed options', () => {
    const schema = configSchema(rules) as { properties: { rules: { properties: Record<string, unknown> } } };
    const entries = schema.properties.rules.properties;
    for (const { meta } of rules) assert.ok(entries[meta.id], `${meta.id} in the schema`);
    assert.match(JSON.stringify(entries['response-missing']), /requireObjectiveResponse/);
  });

  it('links a finding to the rule page at the version that made it, and the editor page ends with that link', () => {
    assert.equal(ruleDocUrl('side-missing', '1.2.3'), `${REPOSITORY_URL}/blob/v1.2.3/docs/rules/side-missing.md`);
    const meta = rules.find((r) => r.meta.id === 'side-missing')!.meta;
    const page = renderRuleDoc(meta, { link: ruleDocUrl(meta.id, '1.2.3') });
    assert.ok(page.startsWith(renderRuleDoc(meta).trimEnd()), 'the same text first');
    assert.ok(page.includes(ruleDocUrl(meta.id, '1.2.3')));
  });
});
