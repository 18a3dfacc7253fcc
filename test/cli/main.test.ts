import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, statSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { CLI, NEEDLED_NO_CONSENT, NO_NEEDLING, runCli, tempTree } from './cli-helpers';

interface JsonResult {
  file: string;
  findings: Array<{ ruleId: string; severity: string; line: number; column: number; endLine: number; endColumn: number; message: string }>;
  error?: string;
}

const json = (stdout: string) => JSON.parse(stdout) as JsonResult[];
const files = (stdout: string) => json(stdout).map((r) => r.file).sort();

describe('cli: dn-lint', () => {
  let dir: string;
  let cleanup: () => void;
  before(() => {
    ({ dir, cleanup } = tempTree({
      'clean.md': NO_NEEDLING,
      'bad.md': NEEDLED_NO_CONSENT,
      'crlf.md': NEEDLED_NO_CONSENT.replace(/\n/g, '\r\n'),
      'sub/deep.md': NEEDLED_NO_CONSENT,
      'sub/notes.txt': NEEDLED_NO_CONSENT,
      'node_modules/pkg/readme.md': NEEDLED_NO_CONSENT,
      '.git/info.md': NEEDLED_NO_CONSENT,
      'drafts/draft.md': NEEDLED_NO_CONSENT,
      'empty.md': '',
    }));
  });
  after(() => cleanup());

  describe('exit codes', () => {
    it('exits 0 with a summary when there are no error-level findings', () => {
      const r = runCli(['clean.md'], dir);
      assert.equal(r.code, 0, r.stderr);
      assert.match(r.stdout, /^No problems found \(1 file checked\)\.\n$/);
      assert.equal(r.stderr, '');
    });

    it('exits 1 when any file has an error-level finding', () => {
      const r = runCli(['clean.md', 'bad.md'], dir);
      assert.equal(r.code, 1);
      assert.match(r.stdout, /1 problem \(1 error, 0 warnings, 0 info\) in 1 of 2 files checked\./);
    });

    it('exits 0 when the only findings are warnings (severity lowered in the config)', () => {
      const t = tempTree({ 'bad.md': NEEDLED_NO_CONSENT, '.dnlintrc.json': '{ "rules": { "consent-missing": "warning" } }' });
      try {
        const r = runCli(['bad.md'], t.dir);
        assert.equal(r.code, 0, r.stderr);
        assert.match(r.stdout, /^bad\.md:5:\d+ warning consent-missing /);
      } finally {
        t.cleanup();
      }
    });

    it('exits 2 for an unknown option, a bad --format and no arguments, with a hint on stderr', () => {
      for (const args of [['--bogus', 'clean.md'], ['--format', 'xml', 'clean.md'], []]) {
        const r = runCli(args, dir);
        assert.equal(r.code, 2, args.join(' '));
        assert.match(r.stderr, /^dn-lint: .+\nRun "dn-lint --help" for usage\.\n$/);
        assert.equal(r.stdout, '');
      }
    });

    it('each command answers an unknown option or a bad --format with its own name and where to read its usage, exit 2', () => {
      for (const command of ['handout', 'report', 'summary', 'verify']) {
        for (const wrong of ['--bogus', '--format=xml']) {
          const r = runCli([command, wrong, 'clean.md'], dir);
          assert.equal(r.code, 2, `${command} ${wrong}`);
          assert.match(r.stderr, new RegExp(`^dn-lint ${command}: .*(bogus|xml).*\\nRun "dn-lint ${command} --help" for usage\\.\\n$`), `${command} ${wrong}`);
          assert.equal(r.stdout, '', `${command} ${wrong}`);
        }
      }
    });

    it('exits 2 when a file argument does not exist, and still lints the others', () => {
      const r = runCli(['missing.md', 'bad.md'], dir);
      assert.equal(r.code, 2);
      assert.equal(r.stderr, 'dn-lint: missing.md: no such file or folder\n');
      assert.match(r.stdout, /^bad\.md:5:\d+ error consent-missing /);
    });

    it('--help and --version exit 0', () => {
      const help = runCli(['--help'], dir);
      assert.equal(help.code, 0);
      assert.match(help.stdout, /^Usage: dn-lint \[options\] <file\|folder\|glob>\.\.\./);
      assert.match(help.stdout, /--format/);
      const version = runCli(['--version'], dir);
      assert.equal(version.code, 0);
      assert.match(version.stdout, /^\d+\.\d+\.\d+\n$/);
    });
  });

  describe('output formats', () => {
    it('text: file:line:col severity rule-id message, 1-based, path relative to cwd', () => {
      const r = runCli([join(dir, 'sub', 'deep.md')], join(dir, 'sub'));
      const [first, summary] = r.stdout.trimEnd().split('\n');
      // "DN R upper trapezius" on line 5; the finding starts at the muscle or the record.
      assert.match(first, /^deep\.md:5:(\d+) error consent-missing No consent documented$/);
      assert.match(summary, /^1 problem \(1 error/);
    });

    it('json: an array of {file, findings} with 1-based positions, nothing else on stdout', () => {
      const r = runCli(['--format', 'json', 'bad.md', 'clean.md'], dir);
      assert.equal(r.code, 1);
      const out = json(r.stdout);
      assert.deepEqual(out.map((x) => x.file), ['bad.md', 'clean.md']);
      assert.deepEqual(out[1].findings, []);
      const f = out[0].findings.find((x) => x.ruleId === 'consent-missing')!;
      assert.ok(f);
      assert.equal(f.severity, 'error');
      assert.equal(f.line, 5);
      assert.ok(f.column >= 1 && f.endLine >= f.line && f.endColumn >= 1);
      assert.match(f.message, /consent/);
      assert.deepEqual(Object.keys(f).sort(), ['column', 'endColumn', 'endLine', 'line', 'message', 'ruleId', 'severity']);
    });

    it('CRLF notes report the same line and column as LF notes', () => {
      const r = json(runCli(['--format', 'json', 'bad.md', 'crlf.md'], dir).stdout);
      const strip = (x: JsonResult) => x.findings.map(({ ruleId, line, column, endLine, endColumn }) => ({ ruleId, line, column, endLine, endColumn }));
      assert.ok(r[0].findings.length > 0);
      assert.deepEqual(strip(r[1]), strip(r[0]));
    });

    it('--quiet reports errors only', () => {
      const t = tempTree({ 'bad.md': NEEDLED_NO_CONSENT, '.dnlintrc.json': '{ "rules": { "consent-missing": "warning" } }' });
      try {
        const r = runCli(['--quiet', '--format', 'json', 'bad.md'], t.dir);
        assert.equal(r.code, 0);
        assert.deepEqual(json(r.stdout)[0].findings, []);
      } finally {
        t.cleanup();
      }
    });

    it('an empty note is linted without findings', () => {
      const r = runCli(['--format', 'json', 'empty.md'], dir);
      assert.equal(r.code, 0, r.stderr);
      assert.deepEqual(json(r.stdout), [{ file: 'empty.md', findings: [] }]);
    });
  });

  describe('finding files', () => {
    it('a folder means every *.md under it, skipping node_modules and .git', () => {
      const r = runCli(['--format', 'json', '.'], dir);
      assert.deepEqual(files(r.stdout), ['bad.md', 'clean.md', 'crlf.md', 'drafts/draft.md', 'empty.md', 'sub/deep.md']);
    });

    it('a file named explicitly is linted even when it is not *.md', () => {
      const r = runCli(['--format', 'json', 'sub/notes.txt'], dir);
      assert.deepEqual(files(r.stdout), ['sub/notes.txt']);
      assert.equal(r.code, 1);
    });

    it('globs are expanded (quoted, so the shell does not)', () => {
      const r = runCli(['--format', 'json', 'sub/*.md', '**/draft.md'], dir);
      assert.deepEqual(files(r.stdout), ['drafts/draft.md', 'sub/deep.md']);
    });

    it('a glob that matches nothing is a usage error (exit 2)', () => {
      const r = runCli(['nothing/**/*.md'], dir);
      assert.equal(r.code, 2);
      assert.equal(r.stderr, 'dn-lint: nothing/**/*.md: no files match this pattern\ndn-lint: nothing was checked: no notes were found in the files and folders given\n');
      assert.equal(r.stdout, '', 'no "No problems found (0 files checked)"');
    });

    it('a file reached twice (folder and name) is linted once', () => {
      const r = runCli(['--format', 'json', 'sub', 'sub/deep.md'], dir);
      assert.deepEqual(files(r.stdout), ['sub/deep.md']);
    });

    it('include and exclude from the config narrow folders, relative to the config folder', () => {
      const t = tempTree({
        '.dnlintrc.json': '{ "include": ["notes/**/*.md"], "exclude": ["**/drafts/**"] }',
        'notes/a.md': NO_NEEDLING, 'notes/drafts/b.md': NO_NEEDLING, 'other/c.md': NO_NEEDLING,
      });
      try {
        const r = runCli(['--format', 'json', '.'], t.dir);
        assert.deepEqual(files(r.stdout), ['notes/a.md']);
        // Run from a sub folder: the patterns still apply relative to the config's folder.
        const inner = runCli(['--format', 'json', '.'], join(t.dir, 'notes'));
        assert.deepEqual(files(inner.stdout), ['a.md']);
        // An excluded file named explicitly is still linted.
        const explicit = runCli(['--format', 'json', 'notes/drafts/b.md'], t.dir);
        assert.deepEqual(files(explicit.stdout), ['notes/drafts/b.md']);
      } finally {
        t.cleanup();
      }
    });
  });

  describe('files that cannot be linted', () => {
    let t: { dir: string; cleanup: () => void };
    before(() => {
      t = tempTree({
        'good.md': NEEDLED_NO_CONSENT,
        'binary.md': Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.from([0, 1, 2, 0]), Buffer.from('more')]),
        'big.md': 'x'.repeat(1024 * 1024 + 10),
      });
      symlinkSync(join(t.dir, 'gone.md'), join(t.dir, 'dangling.md'));
      mkdirSync(join(t.dir, 'folder-note'));
      symlinkSync(join(t.dir, 'folder-note'), join(t.dir, 'linked-folder.md'));
    });
    after(() => t.cleanup());

    it('a binary file gets one clear line on stderr and the others are still linted (exit 2)', () => {
      const r = runCli(['binary.md', 'good.md'], t.dir);
      assert.equal(r.code, 2);
      assert.equal(r.stderr, 'dn-lint: binary.md: skipped: this looks like a binary file, not a Markdown note\n');
      assert.match(r.stdout, /^good\.md:5:\d+ error consent-missing/m);
      assert.match(r.stdout, /1 file could not be checked\.$/m);
    });

    it('a dangling link is reported as unreadable', () => {
      const r = runCli(['dangling.md', 'good.md'], t.dir);
      assert.equal(r.code, 2);
      assert.equal(r.stderr, 'dn-lint: dangling.md: cannot read: the link points to a file that does not exist\n');
      assert.match(r.stdout, /^good\.md:/);
    });

    it('a link to a folder given as a file is reported, not walked', () => {
      const r = runCli(['linked-folder.md'], t.dir);
      assert.equal(r.code, 2);
      assert.equal(r.stderr, 'dn-lint: linked-folder.md: cannot read: this is a folder, not a note\n');
    });

    it('an oversized file is skipped with the limit named (--max-file-size in MB)', () => {
      const r = runCli(['--max-file-size', '1', 'big.md', 'good.md'], t.dir);
      assert.equal(r.code, 2);
      assert.equal(r.stderr, 'dn-lint: big.md: skipped: the file is 1.0 MB, larger than the 1.0 MB limit (see --max-file-size)\n');
      assert.equal(runCli(['big.md'], t.dir).code, 0, 'the 20 MB default lets a 1 MB note through');
    });

    it('JSON output marks the unreadable file with an error and no findings', () => {
      const r = runCli(['--format', 'json', 'binary.md', 'good.md'], t.dir);
      const out = json(r.stdout);
      assert.deepEqual(out[0], { file: 'binary.md', findings: [], error: 'skipped: this looks like a binary file, not a Markdown note' });
      assert.ok(out[1].findings.length > 0);
    });

    it('walking a folder reports its broken entries without naming their content', () => {
      const r = runCli(['.'], t.dir);
      assert.equal(r.code, 2);
      const lines = r.stderr.trimEnd().split('\n').sort();
      assert.deepEqual(lines, [
        'dn-lint: binary.md: skipped: this looks like a binary file, not a Markdown note',
        'dn-lint: dangling.md: cannot read: the link points to a file that does not exist',
        'dn-lint: linked-folder.md: cannot read: this is a folder, not a note',
      ]);
      assert.ok(!r.stderr.includes('PDF'));
    });
  });

  describe('configuration', () => {
    it('an invalid config prints its problems on stderr and linting continues with defaults', () => {
      const t = tempTree({ 'bad.md': NEEDLED_NO_CONSENT, '.dnlintrc.json': '{\n  "rules": {\n    "consent-mising": "off",\n  },\n  "colour": true\n}' });
      try {
        const r = runCli(['bad.md'], t.dir);
        assert.equal(r.code, 1, 'consent-missing still runs at its default severity');
        assert.match(r.stderr, /^dn-lint: \.dnlintrc\.json: line 3, column 5: rules\.consent-mising: no such rule; ignored\. Did you mean consent-missing\?/m);
        assert.match(r.stderr, /^dn-lint: \.dnlintrc\.json: line 5, column 3: colour: unknown setting/m);
        assert.match(r.stdout, /error consent-missing/);
      } finally {
        t.cleanup();
      }
    });

    it('a config that is not JSON names the line and column', () => {
      const t = tempTree({ 'bad.md': NEEDLED_NO_CONSENT, '.dnlintrc.json': '{\n  "rules": {\n    consent-missing: "off"\n  }\n}' });
      try {
        const r = runCli(['bad.md'], t.dir);
        assert.equal(r.code, 1);
        assert.match(r.stderr, /^dn-lint: \.dnlintrc\.json: line 3, column 5: invalid JSON: expected a property name in double quotes/);
      } finally {
        t.cleanup();
      }
    });

    it('the nearest .dnlintrc.json from the current folder upwards is used', () => {
      const t = tempTree({ '.dnlintrc.json': '{ "rules": { "DN001": "off" } }', 'a/b/note.md': NEEDLED_NO_CONSENT });
      try {
        const r = runCli(['note.md'], join(t.dir, 'a', 'b'));
        assert.equal(r.code, 0, r.stdout + r.stderr);
        assert.ok(!r.stdout.includes('consent-missing'));
      } finally {
        t.cleanup();
      }
    });

    it('--config names the file; a missing one is a usage error', () => {
      const t = tempTree({ 'cfg/strict.json': '{ "rules": { "consent-missing": "off" } }', 'note.md': NEEDLED_NO_CONSENT });
      try {
        assert.equal(runCli(['--config', 'cfg/strict.json', 'note.md'], t.dir).code, 0);
        const r = runCli(['--config', 'cfg/none.json', 'note.md'], t.dir);
        assert.equal(r.code, 2);
        assert.equal(r.stderr, 'dn-lint: --config cfg/none.json: no such file\n');
        assert.equal(r.stdout, '');
      } finally {
        t.cleanup();
      }
    });
  });

  it('never writes to the notes it checks', () => {
    const t = tempTree({ 'bad.md': NEEDLED_NO_CONSENT });
    try {
      const before = statSync(join(t.dir, 'bad.md')).mtimeMs;
      runCli(['bad.md'], t.dir);
      assert.equal(readFileSync(join(t.dir, 'bad.md'), 'utf8'), NEEDLED_NO_CONSENT);
      assert.equal(statSync(join(t.dir, 'bad.md')).mtimeMs, before);
    } finally {
      t.cleanup();
    }
  });

  it('the bundle starts with a node shebang', () => {
    assert.match(readFileSync(CLI, 'utf8'), /^#!\/usr\/bin\/env node\n/);
  });
});
