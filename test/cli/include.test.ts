import assert from 'node:assert/strict';
import { join } from 'node:path';
import { NEEDLED_NO_CONSENT, NO_NEEDLING, runCli, tempTree } from './cli-helpers';

// Which files a folder check takes: the configuration of each note (the nearest .dnlintrc.json
// from its folder up, the same lookup as the editor's), what its `include` left out said
// plainly, and exit 2 when nothing at all was checked.

const files = (stdout: string) => (JSON.parse(stdout) as Array<{ file: string }>).map((r) => r.file).sort();

describe('cli: include, exclude and what they leave out', function () {
  this.timeout(60_000);

  describe('a configuration that includes only *.soap.md over a folder of .md notes', () => {
    const notes: Record<string, string> = { '.dnlintrc.json': '{ "include": ["**/*.soap.md"] }' };
    for (let i = 1; i <= 40; i++) notes[`notes/Jane-Roe-${String(i).padStart(2, '0')}.md`] = NO_NEEDLING;
    let t: ReturnType<typeof tempTree>;
    before(() => (t = tempTree(notes)));
    after(() => t.cleanup());

    it('says how many Markdown files were left out and why, names none of them, and exits 2 when nothing was checked', () => {
      const r = runCli(['notes'], t.dir);
      assert.equal(r.code, 2);
      assert.equal(r.stdout, '', 'no "No problems found (0 files checked)"');
      assert.equal(r.stderr, [
        'dn-lint: 40 Markdown files were not linted: .dnlintrc.json includes only **/*.soap.md',
        'dn-lint: nothing was checked: no notes were found in the files and folders given', '',
      ].join('\n'));
      assert.ok(!r.stderr.includes('Jane'), 'no note file names');
    });

    it('JSON output is still valid JSON (an empty list)', () => {
      const r = runCli(['--format', 'json', 'notes'], t.dir);
      assert.equal(r.code, 2);
      assert.deepEqual(JSON.parse(r.stdout), []);
    });

    it('dn-lint summary exits 2 too', () => {
      assert.equal(runCli(['summary', 'notes'], t.dir).code, 2);
    });

    it('run from another folder, the notes\' own configuration still applies (not the one of the current folder)', () => {
      const r = runCli(['--format', 'json', join(t.dir, 'notes')], join(t.dir, '..'));
      assert.equal(r.code, 2);
      assert.match(r.stderr, /40 Markdown files were not linted: .*\.dnlintrc\.json includes only \*\*\/\*\.soap\.md/);
    });

    it('--config names the settings for every note instead', () => {
      const r = runCli(['--config', '/dev/null', '--format', 'json', 'notes'], t.dir);
      assert.equal(r.code, 0, r.stderr);
      assert.equal(files(r.stdout).length, 40);
    });
  });

  it('with notes included, the left-out count is still said but does not change the exit code; one file is "file was"', () => {
    const t = tempTree({ '.dnlintrc.json': '{ "include": ["**/*.soap.md"] }', 'a.soap.md': NO_NEEDLING, 'README.md': '# Notes\n' });
    try {
      const r = runCli(['--format', 'json', '.'], t.dir);
      assert.equal(r.code, 0, r.stderr);
      assert.deepEqual(files(r.stdout), ['a.soap.md']);
      assert.equal(r.stderr, 'dn-lint: 1 Markdown file was not linted: .dnlintrc.json includes only **/*.soap.md\n');
    } finally {
      t.cleanup();
    }
  });

  it('a file left out of a folder but named as well is linted, and not counted', () => {
    const t = tempTree({ '.dnlintrc.json': '{ "include": ["**/*.soap.md"] }', 'a.soap.md': NO_NEEDLING, 'b.md': NO_NEEDLING });
    try {
      const r = runCli(['--format', 'json', '.', 'b.md'], t.dir);
      assert.deepEqual(files(r.stdout), ['a.soap.md', 'b.md']);
      assert.equal(r.stderr, '');
    } finally {
      t.cleanup();
    }
  });

  it('each note is checked with its nearest configuration: a sub-folder\'s own rules and include apply there', () => {
    const t = tempTree({
      '.dnlintrc.json': '{ "include": ["**/*.soap.md"] }',
      'a.soap.md': NEEDLED_NO_CONSENT,
      'research/.dnlintrc.json': '{ "include": ["**/*.md"], "rules": { "consent-missing": "off" } }',
      'research/b.md': NEEDLED_NO_CONSENT,
      'research/c.soap.md': NEEDLED_NO_CONSENT,
    });
    try {
      const r = runCli(['--format', 'json', '.'], t.dir);
      assert.equal(r.code, 1, 'a.soap.md still has its consent error');
      const out = JSON.parse(r.stdout) as Array<{ file: string; findings: Array<{ ruleId: string }> }>;
      assert.deepEqual(out.map((o) => o.file).sort(), ['a.soap.md', 'research/b.md', 'research/c.soap.md']);
      const consent = (f: string) => out.find((o) => o.file === f)!.findings.some((x) => x.ruleId === 'consent-missing');
      assert.equal(consent('a.soap.md'), true);
      assert.equal(consent('research/b.md'), false);
      assert.equal(consent('research/c.soap.md'), false);
      assert.equal(r.stderr, '');
    } finally {
      t.cleanup();
    }
  });

  it('a glob whose files are all excluded says so (exit 2)', () => {
    const t = tempTree({ '.dnlintrc.json': '{ "exclude": ["drafts/**"] }', 'drafts/a.md': NO_NEEDLING, 'drafts/b.md': NO_NEEDLING });
    try {
      const r = runCli(['drafts/*.md'], t.dir);
      assert.equal(r.code, 2);
      assert.match(r.stderr, /^dn-lint: drafts\/\*\.md: the 2 files this pattern matches are all excluded by the configuration/m);
    } finally {
      t.cleanup();
    }
  });

  it('an empty folder: nothing was checked, exit 2', () => {
    const t = tempTree({ 'empty/.keep': '' });
    try {
      const r = runCli(['empty'], t.dir);
      assert.equal(r.code, 2);
      assert.equal(r.stderr, 'dn-lint: nothing was checked: no notes were found in the files and folders given\n');
    } finally {
      t.cleanup();
    }
  });

  it('an include pattern that cannot match anything is named with its position', () => {
    const t = tempTree({ '.dnlintrc.json': '{\n  "include": ["", "**/*.md"]\n}', 'a.md': NO_NEEDLING });
    try {
      const r = runCli(['--format', 'json', '.'], t.dir);
      assert.equal(r.code, 0, r.stderr);
      assert.equal(r.stderr, 'dn-lint: .dnlintrc.json: line 2, column 15: include[0]: an empty pattern matches no file; ignored.\n');
      assert.deepEqual(files(r.stdout), ['a.md']);
    } finally {
      t.cleanup();
    }
  });
});
