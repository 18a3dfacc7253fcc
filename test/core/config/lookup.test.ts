import assert from 'node:assert/strict';
import { defaultConfig, resolveConfig } from '../../../src/core/config/config';
import { ConfigLookup, configCandidates, describeIssue, parentFolder, relativeTo, selectFile, type FoundConfig } from '../../../src/core/config/lookup';

/** Files in memory, and every path the lookup asked for. */
function memoryFiles(files: Record<string, string>) {
  const asked: string[] = [];
  const read = (path: string) => {
    asked.push(path);
    return files[path];
  };
  return { files, asked, read };
}

const under = (path: string | undefined, config: FoundConfig['config']) => ({ path, config });

describe('core: configuration lookup (config/lookup)', () => {
  describe('where a configuration may be', () => {
    it('from the file\'s folder up to the top, nearest first', () => {
      assert.deepEqual(configCandidates('/clinic/notes/2026/a.md'), [
        '/clinic/notes/2026/.dnlintrc.json', '/clinic/notes/.dnlintrc.json', '/clinic/.dnlintrc.json', '/.dnlintrc.json',
      ]);
    });

    it('stops at the root given (the editor\'s workspace folder), with or without a trailing slash', () => {
      assert.deepEqual(configCandidates('/ws/notes/a.md', '/ws'), ['/ws/notes/.dnlintrc.json', '/ws/.dnlintrc.json']);
      assert.deepEqual(configCandidates('/ws/notes/a.md', '/ws/'), ['/ws/notes/.dnlintrc.json', '/ws/.dnlintrc.json']);
      assert.deepEqual(configCandidates('/wsx/a.md', '/ws'), [], 'a folder that merely starts with the root\'s name is outside it');
      assert.deepEqual(configCandidates('/elsewhere/a.md', '/ws'), []);
    });

    it('works on drive paths and on the paths of Windows file URIs', () => {
      assert.deepEqual(configCandidates('C:/clinic/a.md'), ['C:/clinic/.dnlintrc.json', 'C:/.dnlintrc.json']);
      assert.deepEqual(configCandidates('/c:/clinic/a.md', '/c:/clinic'), ['/c:/clinic/.dnlintrc.json']);
    });

    it('parentFolder and relativeTo', () => {
      assert.equal(parentFolder('/a/b'), '/a');
      assert.equal(parentFolder('/a'), '/');
      assert.equal(parentFolder('/'), undefined);
      assert.equal(parentFolder('C:/a'), 'C:/');
      assert.equal(parentFolder('C:/'), undefined);
      assert.equal(parentFolder('relative'), undefined);
      assert.equal(relativeTo('/a', '/a/b/c.md'), 'b/c.md');
      assert.equal(relativeTo('/a/', '/a/c.md'), 'c.md');
      assert.equal(relativeTo('/a', '/ab/c.md'), undefined);
    });
  });

  describe('finding and reading it', () => {
    it('the nearest .dnlintrc.json applies; each file is read once for any number of notes', async () => {
      const fs = memoryFiles({
        '/clinic/.dnlintrc.json': '{ "rules": { "side-missing": "off" } }',
        '/clinic/physio/.dnlintrc.json': '{ "rules": { "side-missing": "info" } }',
      });
      const lookup = new ConfigLookup(fs.read);
      const a = await lookup.forFile('/clinic/physio/2026/a.md');
      const b = await lookup.forFile('/clinic/physio/2026/b.md');
      const c = await lookup.forFile('/clinic/admin/c.md');
      assert.equal(a.path, '/clinic/physio/.dnlintrc.json');
      assert.equal(a.config.rules['side-missing']?.severity, 'info');
      assert.equal(b, a, 'the same object for notes under one configuration (the CLI groups by it)');
      assert.equal(c.path, '/clinic/.dnlintrc.json');
      assert.equal(c.config.rules['side-missing']?.severity, 'off');
      assert.equal(fs.asked.filter((p) => p === '/clinic/physio/.dnlintrc.json').length, 1);
      assert.equal(fs.asked.filter((p) => p === '/clinic/physio/2026/.dnlintrc.json').length, 1, 'a missing file is remembered too, by default');
    });

    it('no configuration anywhere means the defaults, one shared object', async () => {
      const lookup = new ConfigLookup(memoryFiles({}).read);
      const a = await lookup.forFile('/x/a.md');
      assert.equal(a.path, undefined);
      assert.equal(a.config, defaultConfig());
      assert.equal(await lookup.forFile('/y/b.md'), a);
    });

    it('rememberMissing: false looks again for a configuration created since (the editor between runs)', async () => {
      const fs = memoryFiles({});
      const lookup = new ConfigLookup(fs.read, { root: '/ws', rememberMissing: false });
      assert.equal((await lookup.forFile('/ws/a.md')).path, undefined);
      fs.files['/ws/.dnlintrc.json'] = '{}';
      assert.equal((await lookup.forFile('/ws/a.md')).path, '/ws/.dnlintrc.json');
      assert.ok(!fs.asked.includes('/.dnlintrc.json'), 'nothing above the root is read');
    });

    it('an asynchronous reader (VS Code\'s workspace.fs) works the same', async () => {
      const lookup = new ConfigLookup(async (p) => (p === '/ws/.dnlintrc.json' ? '{ "include": ["**/*.soap.md"] }' : undefined));
      assert.deepEqual((await lookup.forFile('/ws/n/a.md')).config.include, ['**/*.soap.md']);
    });

    it('a configuration that exists but cannot be read says why, on that file, and the defaults apply', async () => {
      const lookup = new ConfigLookup((p) => {
        if (p === '/ws/.dnlintrc.json') throw new Error('permission denied');
        return undefined;
      });
      const found = await lookup.forFile('/ws/a.md');
      assert.equal(found.path, '/ws/.dnlintrc.json');
      assert.equal(found.config, defaultConfig());
      assert.deepEqual(found.issues.map((i) => describeIssue('.dnlintrc.json', i)), ['.dnlintrc.json: cannot be read (permission denied); using the default settings.']);
    });

    it('problems in the file keep their line and column', async () => {
      const lookup = new ConfigLookup(() => '{\n  "rules": {\n    "consent-mising": "off"\n  }\n}');
      const found = await lookup.forFile('/ws/a.md');
      assert.deepEqual(found.issues.map((i) => describeIssue('cfg', i)), ['cfg: line 3, column 5: rules.consent-mising: no such rule; ignored. Did you mean consent-missing?']);
    });
  });

  describe('which files checking a folder includes', () => {
    const soapOnly = resolveConfig({ include: ['**/*.soap.md'], exclude: ['archive/**'] });

    it('include and exclude are relative to the configuration\'s folder', () => {
      const found = under('/clinic/.dnlintrc.json', soapOnly);
      assert.equal(selectFile('/clinic/notes/a.soap.md', found, '/clinic/notes').kind, 'included');
      assert.equal(selectFile('/clinic/notes/README.md', found, '/clinic/notes').kind, 'not-included');
      assert.equal(selectFile('/clinic/archive/old.soap.md', found, '/clinic').kind, 'excluded');
      assert.equal(selectFile('/clinic/notes/archive/x.soap.md', found, '/clinic').kind, 'included', 'archive/** means the archive beside the configuration');
    });

    it('handouts made from notes are never notes, whatever exclude says', () => {
      const found = under('/clinic/.dnlintrc.json', resolveConfig({ include: ['**/*.md'], exclude: [] }));
      assert.equal(selectFile('/clinic/a.handout.md', found, '/clinic').kind, 'excluded');
      assert.equal(selectFile('/clinic/a.handout-2.md', found, '/clinic').kind, 'excluded');
      assert.equal(selectFile('/clinic/a.soap.md', found, '/clinic').kind, 'included');
      assert.deepEqual(defaultConfig().exclude.filter((p) => p.includes('handout')), ['**/*.handout.md', '**/*.handout-*.md']);
    });

    it('without a configuration file (or outside its folder) the patterns apply from the folder being checked', () => {
      const found = under(undefined, resolveConfig({ include: ['notes/*.md'] }));
      assert.equal(selectFile('/x/notes/a.md', found, '/x').kind, 'included');
      assert.equal(selectFile('/x/notes/a.md', found, '/x/notes').kind, 'not-included');
      const named = under('/configs/dn.json', resolveConfig({ include: ['notes/*.md'] }));
      assert.equal(selectFile('/x/notes/a.md', named, '/x').kind, 'included');
    });

    it('the default settings include every Markdown file except handouts, node_modules and .git', () => {
      const found = under(undefined, defaultConfig());
      assert.equal(selectFile('/x/a.md', found, '/x').kind, 'included');
      assert.equal(selectFile('/x/deep/er/a.md', found, '/x').kind, 'included');
      assert.equal(selectFile('/x/a.txt', found, '/x').kind, 'not-included');
      assert.equal(selectFile('/x/node_modules/p/a.md', found, '/x').kind, 'excluded');
      assert.equal(selectFile('/x/a.handout.md', found, '/x').kind, 'excluded');
    });
  });
});
