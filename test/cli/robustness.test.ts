import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { applySafeFixes, lint } from '../../src/core/engine/lint';
import { CLI, cliEnv, NEEDLED_NO_CONSENT, tempTree } from './cli-helpers';

// The CLI on notes that are huge or malformed: every run finishes, says plainly what was wrong
// with a file and goes on with the others, and never writes to a note.

interface JsonResult {
  file: string;
  findings: Array<{ ruleId: string; severity: string; line: number; column: number; message: string }>;
  error?: string;
}


/** Runs the built CLI, with the tests' own result cache (each huge note is linted, not answered by an earlier run's cache); JSON output can be tens of MB for the huge notes, hence the buffer. */
function runJson(args: string[], cwd: string, env: NodeJS.ProcessEnv = {}) {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(process.execPath, [CLI, '--format', 'json', ...args], {
    cwd, encoding: 'utf8', timeout: 90_000, maxBuffer: 1024 * 1024 * 1024, env: { ...cliEnv(), ...env },
  });
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  assert.equal(r.error, undefined, `the CLI did not finish: ${r.error?.message}`);
  return { code: r.status, stderr: r.stderr, results: JSON.parse(r.stdout) as JsonResult[], seconds };
}

const MUSCLES = ['upper trapezius', 'levator scapulae', 'infraspinatis', 'gluteus medius', 'multifidus', 'quadratus lumborum'];

/** One note of at least `bytes` bytes: a long procedure list with a table every 50 lines, some lines without a side. */
function hugeNote(bytes: number): string {
  const lines = ['---', 'patient: P0001', 'date: 2025-03-04', '---', '', '## Subjective', 'Neck and low back pain 6/10.', '', '## Objective', 'Dry needling performed:'];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const line = `- ${i % 3 === 0 ? '' : 'R '}${MUSCLES[i % MUSCLES.length]} 0.25x30 mm, pistoning, LTR x${i % 4}. Pain during ${i % 10}/10.`;
    lines.push(line);
    size += line.length + 1;
    if (i % 50 === 49) lines.push('', '| Muscle | Side | Needle (mm) | LTR |', '|---|---|---|---|', '| gluteus medius | L | 0.30x60 | +x2 |', '');
  }
  lines.push('', '## Assessment', 'Myofascial pain.', '', '## Plan', 'Billing: 20560', '');
  return lines.join('\n');
}

/** A note of exactly `count` lines, mostly short observation lines, a needling line every fifth. */
function longNote(count: number): string {
  const lines = ['## Subjective', 'Low back pain 4/10.', '', '## Objective'];
  const tail = ['', '## Assessment', 'Improving.', '', '## Plan', 'Review in 1 week.'];
  for (let i = 0; lines.length < count - tail.length; i++) {
    lines.push(i % 5 === 0 ? `- ${MUSCLES[i % MUSCLES.length]} 0.30x50 mm, LTR x1` : i % 5 === 1 ? '' : `Observation ${i}: range of motion noted.`);
  }
  return [...lines, ...tail].join('\n');
}

const lastIndex = (lines: string[], test: (line: string) => boolean) => {
  for (let i = lines.length - 1; i >= 0; i--) if (test(lines[i])) return i;
  return -1;
};

/** Every file and folder under dir with its content hash, size and modification time. */
function snapshot(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const p = join(d, name);
      const s = statSync(p);
      const rel = relative(dir, p);
      if (s.isDirectory()) {
        out.set(rel + '/', `dir mtime=${s.mtimeMs}`);
        walk(p);
      } else {
        out.set(rel, `${createHash('sha256').update(readFileSync(p)).digest('hex')} size=${s.size} mtime=${s.mtimeMs} mode=${s.mode}`);
      }
    }
  };
  walk(dir);
  return out;
}

describe('cli: robustness (huge and malformed notes, never writes)', function () {
  this.timeout(180_000);

  describe('size', () => {
    let t: ReturnType<typeof tempTree>;
    before(() => {
      t = tempTree({ 'huge-5mb.md': hugeNote(5 * 1024 * 1024), 'long-100k.md': longNote(100_000) });
    });
    after(() => t.cleanup());

    it('a 5 MB note finishes and is checked to its last line', () => {
      const text = readFileSync(join(t.dir, 'huge-5mb.md'), 'utf8');
      assert.ok(Buffer.byteLength(text) >= 5 * 1024 * 1024);
      const r = runJson(['huge-5mb.md'], t.dir);
      console.log(`      5 MB note (${(Buffer.byteLength(text) / 1024 / 1024).toFixed(2)} MB, ${text.split('\n').length} lines): ${r.seconds.toFixed(2)} s`);
      assert.ok(r.seconds < 60, `took ${r.seconds.toFixed(1)} s (hang guard; target 15 s)`);
      assert.equal(r.code, 1, r.stderr);
      assert.equal(r.stderr, '');
      const findings = r.results[0].findings;
      const ids = new Set(findings.map((f) => f.ruleId));
      for (const id of ['consent-missing', 'side-missing', 'unknown-muscle']) assert.ok(ids.has(id), `${id} missing`);
      // A muscle line without a side near the end of the note is still reported.
      const lines = text.split('\n');
      const lastSideless = lastIndex(lines, (l) => /^- (?!R )\S/.test(l)) + 1;
      assert.ok(lastSideless > lines.length - 100);
      assert.ok(findings.some((f) => f.ruleId === 'side-missing' && f.line === lastSideless), `no side-missing on line ${lastSideless}`);
    });

    it('a 100,000-line note finishes and is checked to its last line', () => {
      const text = readFileSync(join(t.dir, 'long-100k.md'), 'utf8');
      assert.equal(text.split('\n').length, 100_000);
      const r = runJson(['long-100k.md'], t.dir);
      console.log(`      100,000-line note (${(Buffer.byteLength(text) / 1024 / 1024).toFixed(2)} MB): ${r.seconds.toFixed(2)} s`);
      assert.ok(r.seconds < 60, `took ${r.seconds.toFixed(1)} s (hang guard; target 15 s)`);
      assert.equal(r.code, 1, r.stderr);
      assert.equal(r.stderr, '');
      const findings = r.results[0].findings;
      assert.ok(findings.some((f) => f.ruleId === 'consent-missing'));
      const lines = text.split('\n');
      const lastNeedled = lastIndex(lines, (l) => l.startsWith('- ')) + 1;
      assert.ok(lastNeedled > 99_000);
      assert.ok(findings.some((f) => f.ruleId === 'side-missing' && f.line === lastNeedled), `no side-missing on line ${lastNeedled}`);
    });
  });

  describe('malformed notes', () => {
    const files: Record<string, string> = {
      'a-front-matter-broken.md': ['---', 'patient: P1', 'consent: [unclosed', '---', '## S', 'Neck pain.', '## O', 'DN R upper trapezius 0.25x30 mm.', ''].join('\n'),
      'b-front-matter-unterminated.md': ['---', 'patient: P1', 'date: 2025-03-04', ''].join('\n'),
      'c-fence-unterminated.md': ['## S', 'Neck pain.', '## O', '```', 'DN R upper trapezius 0.25x30 mm', 'still inside the fence', ''].join('\n'),
      'd-table-ragged.md': ['## O', 'Dry needling:', '', '| Muscle | Side | Needle (mm) |', '|---|---|---|', '| upper trapezius | R |',
        '| gluteus medius | L | 0.30x60 | extra | more |', '| levator scapulae |', ''].join('\n'),
      'e-empty.md': '',
      'f-blank-lines.md': '\n\r\n  \n\t\n',
      'g-front-matter-only-dashes.md': '---\n---\n',
      // yaml throws on an alias without its anchor, and warns (on stderr, quoting the key) on a collection key.
      'h-front-matter-alias.md': ['---', 'patient: *who', '---', '## O', 'DN R upper trapezius 0.25x30 mm.', ''].join('\n'),
      'i-front-matter-collection-key.md': ['---', '? [Zebediah, Quillfeather]', ': MRN-8675309', '---', '## S', 'Neck pain.', ''].join('\n'),
      'z-good.md': NEEDLED_NO_CONSENT,
    };
    let t: ReturnType<typeof tempTree>;
    let results: Map<string, JsonResult>;
    let code: number | null;
    let stderr: string;
    before(() => {
      t = tempTree(files);
      const r = runJson(['.'], t.dir);
      results = new Map(r.results.map((x) => [x.file, x]));
      ({ code, stderr } = r);
    });
    after(() => t.cleanup());
    const ruleLines = (file: string) => results.get(file)!.findings.map((f) => `${f.ruleId}@${f.line}`);

    it('every file is checked in one run, none is reported as unreadable, and the good note is still linted', () => {
      assert.deepEqual([...results.keys()].sort(), Object.keys(files).sort());
      for (const r of results.values()) assert.equal(r.error, undefined, `${r.file}: ${r.error}`);
      assert.equal(stderr, '');
      assert.equal(code, 1);
      assert.deepEqual(ruleLines('z-good.md'), ['consent-missing@5']);
    });

    it('broken front matter gets one clear finding on the bad line, and the note body is still checked', () => {
      const fm = results.get('a-front-matter-broken.md')!.findings.filter((f) => f.ruleId === 'front-matter-invalid');
      assert.equal(fm.length, 1);
      assert.equal(fm[0].line, 3);
      assert.equal(fm[0].message, 'Front matter unreadable: an unclosed [ or {');
      assert.ok(ruleLines('a-front-matter-broken.md').includes('consent-missing@8'), 'the body was not checked');
    });

    it('front matter with an unresolvable alias is reported, not a crash; a collection key prints no warning quoting it', () => {
      const alias = results.get('h-front-matter-alias.md')!.findings;
      assert.match(alias.find((f) => f.ruleId === 'front-matter-invalid')?.message ?? '', /^Front matter unreadable: an \*alias with no &anchor$/);
      assert.ok(ruleLines('h-front-matter-alias.md').includes('consent-missing@5'), 'the body was not checked');
      assert.ok(!stderr.includes('Zebediah') && !stderr.includes('Warning'), stderr);
    });

    it('unterminated front matter, an unterminated fence, empty and blank files give no spurious needling findings', () => {
      for (const file of ['b-front-matter-unterminated.md', 'c-fence-unterminated.md', 'e-empty.md', 'f-blank-lines.md', 'g-front-matter-only-dashes.md']) {
        const ids = results.get(file)!.findings.map((f) => f.ruleId);
        assert.deepEqual(ids.filter((id) => id !== 'soap-section-missing' && id !== 'code-block-unclosed'), [], `${file}: ${ids.join(', ')}`);
      }
      // The unterminated fence is named, at its opening line (line 4), since it hides the rest of the note.
      assert.deepEqual(results.get('c-fence-unterminated.md')!.findings.filter((f) => f.ruleId === 'code-block-unclosed').map((f) => f.line), [4]);
      assert.deepEqual(results.get('e-empty.md')!.findings, []);
      assert.deepEqual(results.get('f-blank-lines.md')!.findings, []);
      // Text inside the (unterminated) code block is code, not a record.
      assert.ok(results.get('c-fence-unterminated.md')!.findings.every((f) => f.line <= 4));
    });

    it('a table with ragged rows: short rows still give records (side, needle), extra cells are ignored', () => {
      const got = ruleLines('d-table-ragged.md');
      for (const want of ['consent-missing@2', 'needle-size-missing@6', 'side-missing@8', 'needle-size-missing@8']) {
        assert.ok(got.includes(want), `${want} missing from ${got.join(', ')}`);
      }
      assert.ok(!got.includes('side-missing@6') && !got.includes('side-missing@7') && !got.includes('needle-size-missing@7'), got.join(', '));
    });
  });

  describe('never writes', () => {
    it('leaves every file and folder of the corpus byte-identical, with the same times, even when safe fixes exist', () => {
      const missingHeading = NEEDLED_NO_CONSENT.replace('## Assessment\n', '');
      assert.notEqual(applySafeFixes(missingHeading, lint(missingHeading).findings), missingHeading, 'the corpus must contain safe fixes');
      const t = tempTree({
        'fixable.md': missingHeading,
        'fixable-crlf.soap.md': missingHeading.replace(/\n/g, '\r\n'),
        'sub/needled.md': NEEDLED_NO_CONSENT,
        'sub/empty.md': '',
        'sub/binary.md': Buffer.from([0x25, 0x50, 0x44, 0x46, 0, 1, 2, 3]),
        'broken-fm.md': '---\nconsent: [\n---\n## O\nDN R UT 0.25x30 mm\n',
        '.dnlintrc.json': '{ "rules": { "side-missing": "loud" } ',
      });
      const cache = mkdtempSync(join(tmpdir(), 'dnlint-cache-'));
      try {
        const before = snapshot(t.dir);
        for (const args of [['.'], ['--quiet', '.'], ['fixable.md', 'sub/needled.md', 'missing.md'], ['-c', '.dnlintrc.json', '.']]) {
          const r = runJson(args, t.dir, { DNLINT_CACHE_DIR: cache });
          assert.ok(r.code === 1 || r.code === 2, `exit ${r.code}`);
          assert.ok(r.results.length >= 2);
          assert.deepEqual(snapshot(t.dir), before, `files changed after dn-lint ${args.join(' ')}`);
        }
        const text = spawnSync(process.execPath, [CLI, '.'], { cwd: t.dir, encoding: 'utf8', timeout: 60_000, env: { ...process.env, DNLINT_CACHE_DIR: cache } });
        assert.match(text.stdout, /fixable\.md:\d+:\d+ \w+ soap-section-missing/);
        assert.deepEqual(snapshot(t.dir), before);
      } finally {
        t.cleanup();
        rmSync(cache, { recursive: true, force: true });
      }
    });
  });
});
