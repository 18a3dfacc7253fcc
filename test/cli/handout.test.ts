import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { CLI, runCli, tempTree } from './cli-helpers';
import { NON_THORACIC, THORACIC } from '../core/handout/notes';

const preload = resolve('test/fixtures/privacy/no-network.cjs');
const HEADER = '<!-- dnlint-disable-file -- patient handout, not a visit note -->';
const CONFIG = JSON.stringify({ clinic: { name: 'Riverside Physio', phone: '555 0100' }, handout: { heatOrIce: 'heat' } });

describe('cli: dn-lint handout', function () {
  this.timeout(60_000);

  it('writes one Markdown handout per note next to it, and prints the line to record', () => {
    const t = tempTree({ '.dnlintrc.json': CONFIG, 'a.soap.md': THORACIC, 'sub/b.soap.md': NON_THORACIC });
    try {
      const r = runCli(['handout', 'a.soap.md', 'sub/b.soap.md'], t.dir);
      assert.equal(r.code, 0, r.stderr);
      const a = readFileSync(join(t.dir, 'a.handout.md'), 'utf8');
      const b = readFileSync(join(t.dir, 'sub/b.handout.md'), 'utf8');
      assert.match(a, /^<!-- dnlint-disable-file -- patient handout, not a visit note -->\n\n# After your dry needling visit\n\n> \*\*Warning signs/);
      assert.match(a, /warm pack/);
      assert.match(b, /\*\*Riverside Physio\*\*/);
      assert.doesNotMatch(b, /^>/m);
      assert.match(r.stdout, /a\.handout\.md: reading grade \d+(\.\d)?, with the pneumothorax warning box\n {2}record in a\.soap\.md: Aftercare handout given: Aftercare after dry needling v1 \(en\), \d{4}-\d{2}-\d{2}\. Includes pneumothorax warning signs/);
      assert.equal(readFileSync(join(t.dir, 'a.soap.md'), 'utf8'), THORACIC, 'the note is never changed');
      // The handouts sit beside the notes, but linting the folder does not take them for notes.
      const lint = runCli(['--format', 'json', '--no-cache', '.'], t.dir);
      const files = JSON.parse(lint.stdout) as Array<{ file: string; findings: unknown[] }>;
      assert.deepEqual(files.map((f) => f.file), ['a.soap.md', 'sub/b.soap.md']);
      assert.doesNotMatch(lint.stderr, /not linted/, 'left out by the default exclude, not by include: nothing to say');
    } finally {
      t.cleanup();
    }
  });

  it('writes HTML and PDF into --out, in Spanish on Letter paper when asked', () => {
    const t = tempTree({ 'a.soap.md': THORACIC });
    try {
      const html = runCli(['handout', '--format', 'html', '--out', 'out', '--language', 'es', '--paper', 'letter', 'a.soap.md'], t.dir);
      assert.equal(html.code, 0, html.stderr);
      const page = readFileSync(join(t.dir, 'out/a.handout.html'), 'utf8');
      assert.match(page, /<html lang="es">/);
      assert.match(page, /@page \{ size: letter;/);
      assert.match(page, /Content-Security-Policy/);
      const pdf = runCli(['handout', '-f', 'pdf', '-o', 'out', '--large-print', 'a.soap.md'], t.dir);
      assert.equal(pdf.code, 0, pdf.stderr);
      const bytes = readFileSync(join(t.dir, 'out/a.handout.pdf'));
      assert.equal(bytes.subarray(0, 5).toString(), '%PDF-');
      assert.ok(bytes.length > 2000);
    } finally {
      t.cleanup();
    }
  });

  it('never replaces an existing file without --force, and goes on with the other notes', () => {
    const t = tempTree({ 'a.soap.md': THORACIC, 'b.soap.md': NON_THORACIC, 'a.handout.md': 'kept' });
    try {
      const r = runCli(['handout', 'a.soap.md', 'b.soap.md'], t.dir);
      assert.equal(r.code, 2);
      assert.match(r.stderr, /a\.handout\.md already exists; not replaced \(use --force to replace it\)/);
      assert.equal(readFileSync(join(t.dir, 'a.handout.md'), 'utf8'), 'kept');
      assert.ok(existsSync(join(t.dir, 'b.handout.md')));
      const forced = runCli(['handout', '--force', 'a.soap.md'], t.dir);
      assert.equal(forced.code, 0, forced.stderr);
      assert.match(readFileSync(join(t.dir, 'a.handout.md'), 'utf8'), /Warning signs/);
    } finally {
      t.cleanup();
    }
  });

  it('uses the clinic\'s own template from handout.templatesFolder, and stops with the line of a template error', () => {
    const template = '---\nname: Clinic sheet\nversion: 7\nlanguage: en\ntitle: Your visit\n---\n# {{title}}\n\nCall {{clinic.phone}}.\n';
    const t = tempTree({ '.dnlintrc.json': JSON.stringify({ clinic: { phone: '555 0199' }, handout: { templatesFolder: 'sheets' } }), 'sheets/en/aftercare.md': template, 'a.soap.md': NON_THORACIC });
    try {
      const r = runCli(['handout', 'a.soap.md'], t.dir);
      assert.equal(r.code, 0, r.stderr);
      assert.equal(readFileSync(join(t.dir, 'a.handout.md'), 'utf8'), `${HEADER}\n\n# Your visit\n\nCall 555 0199.\n`);
      assert.match(r.stdout, /Aftercare handout given: Clinic sheet v7 \(en\)/);
      writeFileSync(join(t.dir, 'sheets/en/aftercare.md'), template.replace('{{clinic.phone}}', '{{#if clinic.phone}}'));
      const bad = runCli(['handout', '--force', 'a.soap.md'], t.dir);
      assert.equal(bad.code, 2);
      assert.match(bad.stderr, /template has an error; no handout was made\.\nline 9: \{\{#if clinic\.phone\}\} is never closed/);
      assert.equal(readFileSync(join(t.dir, 'a.handout.md'), 'utf8'), `${HEADER}\n\n# Your visit\n\nCall 555 0199.\n`, 'nothing half-made replaced the old handout');
    } finally {
      t.cleanup();
    }
  });

  it('gives clear errors for bad options and unreadable notes, without quoting note text', () => {
    const t = tempTree({ 'bin.soap.md': Buffer.from([0x25, 0, 0x50, 0x44, 0x46]), 'ok.soap.md': 'Patient Zebediah Quillfeather.\n' });
    try {
      assert.match(runCli(['handout', '--format', 'docx', 'ok.soap.md'], t.dir).stderr, /--format must be "md", "html" or "pdf", not "docx"/);
      assert.equal(runCli(['handout'], t.dir).code, 2);
      const r = runCli(['handout', 'missing.soap.md', 'bin.soap.md', 'ok.soap.md'], t.dir);
      assert.equal(r.code, 2);
      assert.match(r.stderr, /missing\.soap\.md: no such file/);
      assert.match(r.stderr, /bin\.soap\.md: not a text file; skipped/);
      assert.ok(existsSync(join(t.dir, 'ok.handout.md')), 'the readable note still gets its handout');
      assert.ok(!(r.stdout + r.stderr).includes('Quillfeather'));
      assert.match(runCli(['handout', '--help'], t.dir).stdout, /Usage: dn-lint handout/);
      assert.match(runCli(['--help'], t.dir).stdout, /dn-lint handout <note>/);
    } finally {
      t.cleanup();
    }
  });

  it('makes PDFs with every network API made to throw', () => {
    const t = tempTree({ 'a.soap.md': THORACIC });
    try {
      const r = spawnSync(process.execPath, ['--require', preload, CLI, 'handout', '-f', 'pdf', 'a.soap.md'], { cwd: t.dir, encoding: 'utf8', timeout: 60_000 });
      assert.equal(r.status, 0, r.stderr);
      assert.doesNotMatch(r.stderr, /NETWORK-ATTEMPT/);
    } finally {
      t.cleanup();
    }
  });

  it('ships a PDF bundle with no network code path', () => {
    const code = readFileSync('dist/pdf.js', 'utf8');
    for (const pattern of [/require\(["'](?:node:)?(?:http|https|http2|net|tls|dgram|dns)["']\)/, /\bfetch\(/, /XMLHttpRequest/, /new WebSocket/, /sendBeacon/]) {
      assert.doesNotMatch(code, pattern, `dist/pdf.js contains ${pattern}`);
    }
  });
});
