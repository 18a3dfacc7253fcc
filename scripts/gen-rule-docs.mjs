// Writes docs/rules/<id>.md and docs/rules/README.md from each rule's metadata,
// so the documentation a diagnostic links to can never drift from the code.
// `--check` exits 1 when a file would change (used by the unit tests).
import { build } from 'esbuild';
import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';

const root = new URL('..', import.meta.url).pathname;
const check = process.argv.includes('--check');

const out = await build({
  entryPoints: [root + 'src/core/rules/index.ts'], bundle: true, write: false, platform: 'node', format: 'cjs', logLevel: 'error',
});
const mod = { exports: {} };
new Function('module', 'exports', 'require', out.outputFiles[0].text)(mod, mod.exports, (await import('node:module')).createRequire(import.meta.url));
const { rules } = mod.exports;

const fence = (text) => '```markdown\n' + text.trimEnd() + '\n```';
const files = new Map();
for (const { meta } of rules) {
  files.set(`docs/rules/${meta.id}.md`, [
    `# ${meta.id} (${meta.code})`, '',
    meta.title, '',
    `- Default severity: **${meta.defaultSeverity}**`,
    `- Quick fix: ${meta.fixable ? 'yes' : 'no'}`, '',
    '## Why it matters', '', meta.rationale, '',
    '## How it decides', '', ...meta.decides.map((d) => `- ${d}`), '',
    ...(meta.options ? ['## Options', '', ...Object.entries(meta.options).map(([k, o]) => `- \`${k}\` (${o.type}, default \`${o.default}\`): ${o.description}`), ''] : []),
    '## Raises a finding', '', fence(meta.example.bad), '',
    '## Does not', '', fence(meta.example.good), '',
    '## Turning it off', '',
    `In \`.dnlintrc.json\`: \`{ "rules": { "${meta.id}": "off" } }\`. For one line: \`<!-- dnlint-disable-next-line ${meta.id} -- reason -->\`.`, '',
  ].join('\n'));
}
files.set('docs/rules/README.md', [
  '# Rules', '', 'Generated from the rules\' metadata by `node scripts/gen-rule-docs.mjs`.', '',
  'How the linter reads a note (sections, which muscles were needled, what belongs to them) is described in [reading-notes.md](reading-notes.md).', '',
  '| Rule | Code | Severity | Fix | What it checks |', '|---|---|---|---|---|',
  ...rules.map(({ meta }) => `| [${meta.id}](${meta.id}.md) | ${meta.code} | ${meta.defaultSeverity} | ${meta.fixable ? 'yes' : ''} | ${meta.title} |`),
  '',
].join('\n'));

let stale = [];
mkdirSync(root + 'docs/rules', { recursive: true });
for (const [path, text] of files) {
  const current = existsSync(root + path) ? readFileSync(root + path, 'utf8') : undefined;
  if (current === text) continue;
  if (check) stale.push(path);
  else writeFileSync(root + path, text);
}
if (check && stale.length) {
  console.error(`Rule docs are out of date (${stale.join(', ')}): run node scripts/gen-rule-docs.mjs`);
  process.exit(1);
}
