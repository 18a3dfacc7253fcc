// npm run parity -- [base] [--skip REGEX]
// Lints every Markdown file of the repository twice, with the engine at `base` (a commit, default
// HEAD) and with the working tree's, and prints each file whose findings differ. Every change to how
// notes are read is checked this way: what it changes on 15,000 notes, not only on the notes it was for.
// --skip drops files with a path part matching REGEX (a blind batch not yet scored: nobody reads it).
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const skipAt = args.indexOf('--skip');
const skip = skipAt >= 0 ? new RegExp(args.splice(skipAt, 2)[1]) : undefined;
const base = args[0] ?? 'HEAD';
const git = (...a) => execFileSync('git', a, { cwd: root, encoding: 'utf8', maxBuffer: 1 << 28 });

try {
  git('rev-parse', '--verify', '--quiet', `${base}^{commit}`);
} catch {
  console.error(`parity: "${base}" is not a commit here`);
  process.exit(2);
}

const work = mkdtempSync(join(tmpdir(), 'dn-parity-'));
try {
  // The base's sources, unpacked beside the working tree's node_modules.
  const baseTree = join(work, 'base');
  mkdirSync(baseTree);
  execFileSync('sh', ['-c', `git archive "$1" src tsconfig.json | tar -x -C "$2"`, 'sh', base, baseTree], { cwd: root });
  const engine = async (tree, name) => {
    const outfile = join(work, `${name}.cjs`);
    await build({
      stdin: { contents: "export { lint } from './src/core/engine/lint';\nexport { defaultConfig } from './src/core/config/config';\n", resolveDir: tree, loader: 'ts' },
      bundle: true, platform: 'node', format: 'cjs', target: 'node20', outfile, logLevel: 'warning', nodePaths: [join(root, 'node_modules')],
    });
    return createRequire(import.meta.url)(outfile);
  };
  const before = await engine(baseTree, 'base');
  const after = await engine(root, 'work');
  const files = git('ls-files', '--cached', '--others', '--exclude-standard', '*.md').split('\n').filter(Boolean)
    .filter((f) => !skip || !f.split('/').some((part) => skip.test(part)));
  const configs = [before.defaultConfig(), after.defaultConfig()];
  const keys = (engineOf, config, text) => engineOf.lint(text, config).findings.map((f) => `${f.range.start.line + 1}:${f.ruleId}:${f.severity}`).sort();
  let differ = 0;
  for (const file of files) {
    const text = readFileSync(join(root, file), 'utf8');
    const a = keys(before, configs[0], text);
    const b = keys(after, configs[1], text);
    if (a.join('|') === b.join('|')) continue;
    differ++;
    console.log(file);
    const gone = a.filter((k) => !b.includes(k));
    const added = b.filter((k) => !a.includes(k));
    if (gone.length) console.log(`  - ${gone.join(' ')}`);
    if (added.length) console.log(`  + ${added.join(' ')}`);
  }
  console.log(`${files.length} files, ${differ} differ (${base} against the working tree)`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
