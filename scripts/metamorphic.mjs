// npm run metamorphic -- [rewrite…] [--skip REGEX]
// Lints every blind note as written and again after a rewrite that keeps its meaning (bold labels as
// an EMR's <b> tags, CRLF line ends, "×" for "x" in needle sizes, …) and prints each note whose findings
// change. The notes were written by people who never read the engine, so a change here is a way of
// writing the engine reads differently: a class of phrasing to fix, found without a new batch.
// The front matter is left as written (YAML gives some of these characters a meaning of its own).
import { build } from 'esbuild';
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const SOAP = { S: 'Subjective', O: 'Objective', A: 'Assessment', P: 'Plan' };
const bold = /\*\*([^*\n]+)\*\*/g;
const REWRITES = {
  'b-tags': (t) => t.replace(bold, '<b>$1</b>'),
  'strong-tags': (t) => t.replace(bold, '<strong>$1</strong>'),
  'underscore-bold': (t) => t.replace(bold, '__$1__'),
  crlf: (t) => t.replace(/\r?\n/g, '\r\n'),
  'trailing-spaces': (t) => t.replace(/\n/g, '  \n'),
  'times-sign': (t) => t.replace(/(\d)\s?x\s?(\d)/g, '$1 × $2'),
  'deeper-headings': (t) => t.replace(/^## /gm, '### '),
  'star-bullets': (t) => t.replace(/^(\s*)- /gm, '$1* '),
  'plus-bullets': (t) => t.replace(/^(\s*)- /gm, '$1+ '),
  'no-break-space': (t) => t.replace(/(\d) mm\b/g, '$1\u00a0mm'),
  'curly-quotes': (t) => t.replace(/'/g, '\u2019'),
  'en-dash-ranges': (t) => t.replace(/(\d)-(\d)/g, '$1–$2'),
  'amp-entity': (t) => t.replace(/ & /g, ' &amp; '),
  'sides-spelt-out': (t) => t.replace(/(?<![\w/.-])([RL]) (?=[a-z])/g, (m, s) => (s === 'R' ? 'right ' : 'left ')),
  'ltr-spelt-out': (t) => t.replace(/\bLTRs?\b/g, 'local twitch response'),
  'dn-spelt-out': (t) => t.replace(/\bDN\b(?!-?\d)/g, 'dry needling'),
  'pt-spelt-out': (t) => t.replace(/\bpt\b/g, 'patient'),
  'soap-letters-spelt-out': (t) => t.replace(/^([*_]*)([SOAP])([*_]*):/gm, (m, a, l, b) => `${a}${SOAP[l]}${b}:`),
  'upper-case-labels': (t) => t.replace(/^([*_]*)([A-Z][a-z]+(?: [a-z]+)?)([*_]*):/gm, (m, a, w, b) => `${a}${w.toUpperCase()}${b}:`),
  'headings-as-bold-labels': (t) => t.replace(/^#{2,4} +([A-Za-z][A-Za-z /&-]*?)[ \t]*$/gm, '**$1:**'),
  'capitalised-items': (t) => t.replace(/^(\s*[-*] )([a-z])/gm, (m, b, c) => b + c.toUpperCase()),
  'times-sign-counts': (t) => t.replace(/\b(LTRs?|twitch(?:es)?) x(\d)/g, '$1 ×$2'),
  'shorthand-spelt-out': (t) => t.replace(shorthandRe, (m) => shorthand.get(m)),
  'labels-in-bold': (t) => t.replace(/^([A-Z][A-Za-z /]{0,30}):(?=\s)/gm, '**$1:**'),
  'title-case-muscles': (t) => t.replace(muscleNameRe, (m) => m.replace(/\b[a-z]/g, (c) => c.toUpperCase())),
};

const args = process.argv.slice(2);
const skipAt = args.indexOf('--skip');
const skip = skipAt >= 0 ? new RegExp(args.splice(skipAt, 2)[1]) : undefined;
const unknown = args.filter((a) => !REWRITES[a]);
if (unknown.length) {
  console.error(`metamorphic: no rewrite named ${unknown.join(', ')}; known: ${Object.keys(REWRITES).join(' ')}`);
  process.exit(2);
}
const chosen = args.length ? args : Object.keys(REWRITES);

const out = await build({
  stdin: { contents: "export { lint } from './src/core/engine/lint';\nexport { defaultConfig } from './src/core/config/config';\n", resolveDir: root, loader: 'ts' },
  bundle: true, write: false, platform: 'node', format: 'cjs', target: 'node20', logLevel: 'error',
});
const mod = { exports: {} };
new Function('module', 'exports', 'require', out.outputFiles[0].text)(mod, mod.exports, createRequire(import.meta.url));
const { lint, defaultConfig } = mod.exports;
const config = defaultConfig();
// Muscle shorthand ("UT", "QL") as the vocabulary's full name, for the shorthand rewrite.
const shorthand = new Map(config.vocabulary.muscles.flatMap((m) => m.shorthand.map((s) => [s, m.name])));
const muscleNameRe = new RegExp(`\\b(?:${config.vocabulary.muscles.map((m) => m.name).sort((a, b) => b.length - a.length).join('|')})\\b`, 'g');
const shorthandRe = new RegExp(`(?<![\\w/-])(?:${[...shorthand.keys()].map((k) => k.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})(?![\\w/-])`, 'g');
const keys = (text) => lint(text, config).findings.map((f) => `${f.range.start.line + 1}:${f.ruleId}`).sort().join(' ');

const blind = join(root, 'test/fixtures/blind');
const notes = readdirSync(blind).filter((b) => !skip || !skip.test(b)).flatMap((b) => {
  const dir = join(blind, b, 'notes');
  return existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.md')).map((f) => join(dir, f)) : [];
});
const frontMatterRe = /^---\r?\n[\s\S]*?\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/;
const texts = notes.map((file) => readFileSync(file, 'utf8'));
const before = texts.map(keys);
let changedAll = 0;
for (const name of chosen) {
  let rewritten = 0;
  let changed = 0;
  texts.forEach((text, i) => {
    const head = frontMatterRe.exec(text)?.[0] ?? '';
    const next = head + REWRITES[name](text.slice(head.length));
    if (next === text) return;
    rewritten++;
    const after = keys(next);
    if (after === before[i]) return;
    changed++;
    console.log(`${name}: ${notes[i].slice(root.length)}\n  - ${before[i] || '(none)'}\n  + ${after || '(none)'}`);
  });
  changedAll += changed;
  console.log(`${name}: ${rewritten} notes rewritten, ${changed} with changed findings`);
}
console.log(`${notes.length} notes, ${chosen.length} rewrites, ${changedAll} changed`);
