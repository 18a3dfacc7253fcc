import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { resolveConfig } from '../../src/core/config/config';
import { ResultCache } from '../../src/cli/cache';
import { lintFilesParallel } from '../../src/cli/worker';
import { runCli, tempTree } from './cli-helpers';

// One visit note of a patient's course: front matter, a score, needling rows.
function visit(patient: string, n: number, date: string, opts: { nprs?: number; rows?: Array<[string, string]>; extra?: string; clinician?: string; type?: string } = {}): string {
  const rows = opts.rows ?? [['upper trapezius', 'R']];
  return [
    '---', `patient: ${patient}`, 'episode: neck', `visit: ${n} of 8`, `date: ${date}`, `clinician: ${opts.clinician ?? 'J. Doe, DPT'}`, ...(opts.type ? [`type: ${opts.type}`] : []), '---', '',
    '## Subjective', '', `NPRS ${opts.nprs ?? 5}/10 today.`, '',
    '## Objective', '', n === 1 ? 'Consent: written consent signed ' + date + ' for the neck and shoulders; pneumothorax risk discussed.' : 'Consent: written consent on file; verbal consent re-confirmed today; pneumothorax risk discussed.', '',
    '| Muscle | Side | Needle | n | LTR |', '|---|---|---|---|---|', ...rows.map(([m, s]) => `| ${m} | ${s} | 0.25x30 | 1 | +x1 |`), '',
    `Needles: ${rows.length} in / ${rows.length} out, all removed.`, opts.extra ?? '', '',
    '## Assessment', '', 'Myofascial neck pain.', '',
    '## Plan', '', 'Aftercare: soreness 24-72 h expected; shortness of breath or chest pain means emergency care.', '',
  ].join('\n');
}

const day = (n: number) => `2025-01-${String(5 + n).padStart(2, '0')}`;

describe('cli: course of care', function () {
  this.timeout(120_000);

  describe('linting a folder checks each note with the earlier notes of its course', () => {
    let t: ReturnType<typeof tempTree>;
    before(() => {
      t = tempTree({
        'p/1.md': visit('EX-1', 1, day(1)),
        'p/2.md': visit('EX-1', 2, day(2), { nprs: 5 }),
        'p/3.md': visit('EX-1', 3, day(3), { nprs: 5, rows: [['upper trapezius', 'R'], ['extensor carpi radialis brevis', 'R']] }),
      });
    });
    after(() => t.cleanup());

    it('reports the reminders in the folder, and not for a note checked on its own', () => {
      const all = runCli(['--no-cache', '--format', 'json', 'p'], t.dir);
      const third = JSON.parse(all.stdout).find((r: { file: string }) => r.file === 'p/3.md');
      assert.deepEqual(third.findings.map((f: { ruleId: string }) => f.ruleId).sort(), ['consent-renewal', 'needling-without-change']);
      const alone = runCli(['--no-cache', '--format', 'json', 'p/3.md'], t.dir);
      assert.deepEqual(JSON.parse(alone.stdout)[0].findings, [], 'the earlier notes are not known');
    });
  });

  describe('workers and the cache', () => {
    const notes: Record<string, string> = {};
    for (const p of ['A', 'B', 'C', 'D']) for (let n = 1; n <= 7; n++) notes[`${p}/${n}.md`] = visit(`EX-${p}`, n, day(n), { nprs: p === 'A' ? 5 : 8 - n });
    for (let i = 0; i < 6; i++) notes[`loose/${i}.md`] = visit('', 1, day(1)).replace('patient: \n', '');
    let t: ReturnType<typeof tempTree>;
    let cacheDir: string;
    let paths: string[];
    const config = resolveConfig();
    const opts = { maxFileBytes: 1 << 20, workerFile: resolve('dist/worker.js'), now: new Date('2026-01-01T00:00:00Z') };
    before(() => {
      t = tempTree(notes);
      cacheDir = mkdtempSync(join(tmpdir(), 'dnlint-course-cache-'));
      paths = Object.keys(notes).sort().map((n) => join(t.dir, n));
    });
    after(() => {
      t.cleanup();
      rmSync(cacheDir, { recursive: true, force: true });
    });

    it('gives the same results on worker threads as in one thread, with the course reminders', async () => {
      const serial = await lintFilesParallel(paths, config, { ...opts, workers: 0 });
      const parallel = await lintFilesParallel(paths, config, { ...opts, workers: 2 });
      assert.deepEqual(parallel, serial);
      const unchanged = serial.filter((r) => r.findings.some((f) => f.ruleId === 'needling-without-change')).map((r) => r.path.slice(t.dir.length + 1));
      assert.deepEqual(unchanged, ['A/3.md', 'A/4.md', 'A/5.md', 'A/6.md', 'A/7.md'], 'only the patient whose score never changed');
    });

    it('keys cached results by the course: an edited earlier note re-checks the later ones', async () => {
      const cache = () => new ResultCache({ dir: cacheDir, engine: 'test', config: 'default' });
      const first = cache();
      const fresh = await lintFilesParallel(paths, config, { ...opts, cache: first });
      first.save();
      const stored = readFileSync(first.file, 'utf8');
      assert.doesNotMatch(stored, /EX-A|J\. Doe|"(?:needled|scores|consent)"/, 'the cache holds no identifiers and no visit facts, only findings');
      assert.deepEqual(await lintFilesParallel(paths, config, { ...opts, cache: cache() }), fresh, 'a second run answers from the cache');
      // Visit 2 of patient A now records a different score: visits 3 and 4 no longer show the pattern.
      const two = join(t.dir, 'A/2.md');
      writeFileSync(two, visit('EX-A', 2, day(2), { nprs: 6 }));
      try {
        const again = await lintFilesParallel(paths, config, { ...opts, cache: cache() });
        const flagged = again.filter((r) => r.findings.some((f) => f.ruleId === 'needling-without-change')).map((r) => r.path.slice(t.dir.length + 1));
        assert.deepEqual(flagged, ['A/5.md', 'A/6.md', 'A/7.md']);
      } finally {
        writeFileSync(two, notes['A/2.md']);
      }
    });
  });

  describe('dn-lint report', () => {
    let t: ReturnType<typeof tempTree>;
    before(() => {
      t = tempTree({
        '1.md': visit('EX-7', 1, day(1), { nprs: 6, type: 'initial evaluation' }),
        '2.md': visit('EX-7', 2, day(2), { nprs: 5, extra: 'AE: small bruise at the site.' }),
        '3.md': visit('EX-7', 3, day(3), { nprs: 3 }),
        '3b.md': visit('EX-7', 3, day(4), { nprs: 3 }),
        'other.md': visit('=HYPERLINK("x")', 1, day(1)),
        'nobody.md': '## Subjective\n\nNo front matter.\n',
      });
    });
    after(() => t.cleanup());

    it('writes one patient\'s timeline as HTML with a strict policy and a linked point per visit', () => {
      const r = runCli(['report', '--patient', 'ex-7', '.'], t.dir);
      assert.equal(r.code, 0, r.stderr);
      assert.match(r.stdout, /<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">/);
      assert.equal((r.stdout.match(/class="point" data-visit="\d" data-date="[^"]*" data-measure="nprs"/g) ?? []).length, 4);
      assert.match(r.stdout, /<a href="#e1-visit-4" class="point" data-visit="3" data-date="2025-01-09"/, 'points link to their visit in the report');
      assert.match(r.stdout, /Visit 3 is claimed by 2 notes: 3.md and 3b.md/);
      assert.match(r.stdout, /<span class="ae">bruising<\/span>/);
      assert.doesNotMatch(r.stdout, /HYPERLINK|<script/);
    });

    it('writes CSV and JSON, with spreadsheet formulas neutralised', () => {
      const csv = runCli(['report', '-p', 'EX-7', '-f', 'csv'], t.dir).stdout.split('\r\n');
      assert.equal(csv[0], 'patient,episode,visit,planned,date,note_kinds,record,name,side,before,after,needles,twitch_responses,referral,over_lung,severity,note');
      assert.ok(csv.includes('EX-7,neck,1,8,2025-01-06,evaluation,score,NPRS,,6,,,,,,,1.md'));
      assert.ok(csv.includes('EX-7,neck,2,8,2025-01-07,,adverse-event,bruising,,,,,,,,minor,2.md'));
      const other = runCli(['report', '-p', '=HYPERLINK("x")', '-f', 'csv'], t.dir).stdout;
      assert.match(other, /^"'=HYPERLINK\(""x""\)",neck,1/m);
      const json = JSON.parse(runCli(['report', '-p', 'EX-7', '-f', 'json'], t.dir).stdout);
      assert.equal(json.courses[0].patient, 'EX-7');
      assert.deepEqual(json.courses[0].visits.map((v: { visit: number; scores: Array<{ before: number }> }) => [v.visit, v.scores[0].before]), [[1, 6], [2, 5], [3, 3], [3, 3]]);
      assert.deepEqual(json.courses[0].visits[0].needled[0], { muscle: 'upper-trapezius', name: 'upper trapezius', side: 'R', needles: 1, twitch: { present: true, count: 1 }, referral: false, overLung: true });
    });

    it('writes to a new file only, and says when the patient has no notes', () => {
      const out = join(t.dir, 'report.html');
      const first = runCli(['report', '-p', 'EX-7', '-o', 'report.html'], t.dir);
      assert.equal(first.code, 0, first.stderr);
      assert.ok(existsSync(out));
      writeFileSync(out, 'KEEP');
      const again = runCli(['report', '-p', 'EX-7', '-o', 'report.html'], t.dir);
      assert.equal(again.code, 2);
      assert.match(again.stderr, /report.html already exists/);
      assert.equal(readFileSync(out, 'utf8'), 'KEEP');
      rmSync(out);
      const none = runCli(['report', '-p', 'EX-404'], t.dir);
      assert.equal(none.code, 2);
      assert.match(none.stderr, /no notes with patient "EX-404"/);
      assert.equal(runCli(['report'], t.dir).code, 2);
      assert.equal(runCli(['report', '-p', 'EX-7', '-f', 'pdf'], t.dir).code, 2);
    });
  });

  describe('dn-lint summary', () => {
    let t: ReturnType<typeof tempTree>;
    before(() => {
      t = tempTree({
        '1.md': visit('EX-8', 1, day(1)),
        '2.md': visit('EX-8', 2, day(2), { clinician: 'K. Osei, DPT', rows: [['soleus', '']] }),
        '3.md': '## Subjective\n\nNo patient named.\n',
      });
    });
    after(() => t.cleanup());

    it('counts findings per rule and per clinician, and notes without a patient', () => {
      const r = runCli(['summary', '--no-cache', '-f', 'json', '.'], t.dir);
      assert.equal(r.code, 0, r.stderr);
      const s = JSON.parse(r.stdout);
      assert.deepEqual([s.notes, s.patients, s.withoutPatient], [3, 1, 1]);
      const side = s.rules.find((x: { rule: string }) => x.rule === 'side-missing');
      assert.deepEqual([side.code, side.findings, side.notes, side.error], ['DN005', 1, 1, 1]);
      const osei = s.clinicians.find((c: { clinician: string }) => c.clinician === 'K. Osei, DPT');
      assert.equal(osei.notes, 1);
      assert.ok(osei.topRules.some((x: string) => x.startsWith('side-missing')));
      const text = runCli(['summary', '--no-cache', '.'], t.dir).stdout;
      assert.match(text, /^3 notes, 1 patients; 1 notes name no patient\./);
      assert.match(text, /Findings per clinician/);
      assert.doesNotMatch(text, /EX-8/, 'patients are counted, not named');
    });
  });

  it('the report and summary commands are listed in the usage', () => {
    const help = runCli(['--help'], resolve('.')).stdout;
    assert.match(help, /dn-lint report --patient <id>/);
    assert.match(help, /dn-lint summary <folder>/);
    assert.ok(readdirSync(resolve('dist')).includes('worker.js'));
  });
});
