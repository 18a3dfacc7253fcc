// The one generator of everything made from rule metadata, the vocabulary and the configuration
// sections: docs/rules/<id>.md, docs/rules/README.md, docs/rules/muscles.md and schemas/dnlint.schema.json. The editor renders
// its rule pages with the same core functions. `--check` exits 1 when a file is out of date
// (run by `npm test`), so none of them can drift from the code.
import { build } from 'esbuild';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const root = new URL('..', import.meta.url).pathname;
const check = process.argv.includes('--check');

const entry = `export { rules } from './src/core/rules';
export { renderRuleDoc, renderRuleIndex } from './src/core/engine/rule-docs';
export { configSchema } from './src/core/config/schema';
export { renderVocabularyDoc } from './src/core/engine/vocabulary-doc';
export { muscles } from './src/core/vocab/muscles';
export { groupTerms } from './src/core/vocab/groups';
export { ambiguousTokens, reservedAbbreviations } from './src/core/vocab/ambiguous';`;
const out = await build({
  stdin: { contents: entry, resolveDir: root, loader: 'ts' }, bundle: true, write: false, platform: 'node', format: 'cjs', logLevel: 'error',
});
const mod = { exports: {} };
new Function('module', 'exports', 'require', out.outputFiles[0].text)(mod, mod.exports, createRequire(import.meta.url));
const { rules, renderRuleDoc, renderRuleIndex, configSchema, renderVocabularyDoc, muscles, groupTerms, ambiguousTokens, reservedAbbreviations } = mod.exports;

const files = new Map();
for (const { meta } of rules) files.set(`docs/rules/${meta.id}.md`, renderRuleDoc(meta));
files.set('docs/rules/README.md', renderRuleIndex(rules));
files.set('docs/rules/muscles.md', renderVocabularyDoc({ muscles, groups: groupTerms, ambiguous: ambiguousTokens, reserved: reservedAbbreviations }));
files.set('schemas/dnlint.schema.json', JSON.stringify(configSchema(rules), null, 2) + '\n');

const stale = [];
mkdirSync(root + 'docs/rules', { recursive: true });
for (const [path, text] of files) {
  const current = existsSync(root + path) ? readFileSync(root + path, 'utf8') : undefined;
  if (current === text) continue;
  if (check) stale.push(path);
  else writeFileSync(root + path, text);
}
if (check && stale.length) {
  console.error(`Generated files are out of date (${stale.join(', ')}): run node scripts/gen-docs.mjs`);
  process.exit(1);
}
