// Bundles the extension, the CLI and every test file with esbuild.
// Entries that do not exist yet are skipped so the tree builds at every commit.
import { build } from 'esbuild';
import { existsSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const production = process.argv.includes('--production');
const root = new URL('..', import.meta.url).pathname;
process.chdir(root);

/**
 * @param {string} dir
 * @param {(path: string) => boolean} match
 * @returns {string[]}
 */
function walk(dir, match) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? walk(p, match) : match(p) ? [p] : [];
  });
}

// Markdown is bundled as text: the shipped handout templates (templates/handout) reach the core without a file read.
/** @type {import('esbuild').BuildOptions} */
const common = { bundle: true, platform: 'node', format: 'cjs', target: 'node20', logLevel: 'warning', loader: { '.md': 'text' } };
// PDFKit's browser build: its standard fonts are inside the bundle (the Node build requires them
// from node_modules at run time) and it needs no data files, so dist/pdf.js works wherever it is copied.
const pdfkitBrowser = { pdfkit: './node_modules/pdfkit/js/pdfkit.browser.js' };
const jobs = [];

// Build into a private folder, then swap it in: several builds may run at once (tests of
// different suites), and a reader must never see a half-written or emptied dist/.
const out = `.dist-build-${process.pid}`;
rmSync(out, { recursive: true, force: true });

if (existsSync('src/vscode/extension.ts')) {
  jobs.push(build({
    ...common, entryPoints: ['src/vscode/extension.ts'], outfile: out + '/extension.js',
    external: ['vscode', './core.js', './pdf.js'], minify: true, sourcemap: production ? false : 'external', metafile: true,
  }));
  // The core, required by the adapter on first use (src/vscode/core.ts): activation stays light.
  jobs.push(build({
    ...common, entryPoints: ['src/vscode/core-api.ts'], outfile: out + '/core.js', minify: true,
    sourcemap: production ? false : 'external', metafile: true,
  }));
}
if (existsSync('src/cli/main.ts')) {
  jobs.push(build({
    ...common, entryPoints: ['src/cli/main.ts'], outfile: out + '/cli.js', minify: true,
    banner: { js: '#!/usr/bin/env node' }, external: ['./pdf.js'],
  }));
}
// The PDF exporter (PDFKit), required on first use by the extension and the CLI.
if (existsSync('src/pdf/index.ts')) {
  jobs.push(build({ ...common, entryPoints: ['src/pdf/index.ts'], outfile: out + '/pdf.js', minify: true, alias: pdfkitBrowser, metafile: true }));
}
if (existsSync('src/cli/worker.ts')) {
  jobs.push(build({ ...common, entryPoints: ['src/cli/worker.ts'], outfile: out + '/worker.js', minify: true }));
}

// Unit tests: one bundle per test file, mirrored under dist/test/unit. Inline source maps let
// `npm run test:unit` measure coverage of src/core (scripts/test-unit.mjs). Tree shaking is off
// for them: a bundle then holds every line of each source file it imports, so a function no
// test calls is counted as not covered instead of vanishing from the bundle (a source-mapped
// line that is absent from a bundle would otherwise count as run by its enclosing module).
const unitTests = [...walk('test/core', (p) => p.endsWith('.test.ts')), ...walk('test/cli', (p) => p.endsWith('.test.ts')),
  ...walk('test/grammar', (p) => p.endsWith('.test.ts')), ...walk('test/pdf', (p) => p.endsWith('.test.ts'))];
if (unitTests.length) {
  jobs.push(build({
    ...common, entryPoints: unitTests, outdir: out + '/test/unit', outbase: 'test',
    external: ['mocha', 'fast-check', 'commonmark-spec', 'vscode-tmgrammar-test', 'vscode-textmate', 'vscode-oniguruma', 'pdf-parse'], sourcemap: 'inline', treeShaking: false,
    alias: pdfkitBrowser,
  }));
}

// Real-editor tests: run inside the extension host, so vscode and mocha stay external.
const e2e = walk('test/e2e', (p) => p.endsWith('.ts'));
if (e2e.length) {
  jobs.push(build({
    ...common, entryPoints: e2e, outdir: out + '/test/e2e', outbase: 'test/e2e',
    external: ['vscode', 'mocha'], sourcemap: 'inline',
  }));
}
if (existsSync('test/runElectron.ts')) {
  jobs.push(build({ ...common, entryPoints: ['test/runElectron.ts'], outfile: out + '/test/runElectron.js', external: ['@vscode/test-electron'] }));
}

const results = await Promise.all(jobs);
const old = `.dist-old-${process.pid}`;
for (let attempt = 0; ; attempt++) {
  try {
    if (existsSync('dist')) renameSync('dist', old);
    renameSync(out, 'dist');
    break;
  } catch (e) {
    if (attempt > 50) throw e; // another build swapped at the same moment: try again
    await new Promise((r) => setTimeout(r, 20));
  }
}
rmSync(old, { recursive: true, force: true });
for (const r of results) {
  if (r.metafile) {
    for (const [file, info] of Object.entries(r.metafile.outputs)) {
      if (file.endsWith('.js')) console.log(`${relative(root, join(root, file)).replace(out, 'dist')}: ${info.bytes} bytes`);
    }
  }
}
