import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { CLI, cliEnv, tempTree } from './cli-helpers';

// Notes are protected health information: nothing may leave the machine, and nothing a
// note says may end up in a log or an error message.

const preload = resolve('test/fixtures/privacy/no-network.cjs');
const run = (args: string[], cwd: string, offline: boolean) =>
  spawnSync(process.execPath, [...(offline ? ['--require', preload] : []), CLI, ...args], { cwd, encoding: 'utf8', timeout: 60_000, env: cliEnv() });

// A note full of recognisable patient details in every place a message could quote.
const PATIENT = 'Zebediah Quillfeather';
const MRN = 'MRN-8675309';
const DOB = '1961-02-29';
const phiNote = [
  '---', `patient: ${PATIENT}`, `mrn: ${MRN}`, `dob: ${DOB}`, 'consent: [unclosed', '---',
  `**S:** ${PATIENT} (${MRN}, DOB ${DOB}) reports neck pain 12/10 after a fall at 14 Quillfeather Lane.`,
  `**O:** DN R ${PATIENT} 0.25x30 mm. DN L upper trapezius, LTR x2. Needles: 3 in / 2 out.`,
  `**A:** ${PATIENT} improving. Dx M54.5`, '**P:** Billing: 20561', '',
].join('\n');

describe('privacy: no network and no patient data in output', () => {
  it('lints the examples with every network API made to throw, and prints the same as without', () => {
    const online = run(['--format', 'json', 'examples'], process.cwd(), false);
    const offline = run(['--format', 'json', 'examples'], process.cwd(), true);
    assert.doesNotMatch(offline.stderr, /NETWORK-ATTEMPT/);
    assert.equal(offline.status, online.status);
    assert.equal(offline.stdout, online.stdout);
    assert.ok(JSON.parse(offline.stdout).length > 3, 'the examples were linted');
  });

  it('runs every error path (binary, missing, broken front matter, invalid config) offline without leaking note text', () => {
    const t = tempTree({
      'visit-zq.soap.md': phiNote,
      'binary.soap.md': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, ...Buffer.from(PATIENT)]),
      '.dnlintrc.json': `{ "rules": { "consent-mising": "off", "side-missing": "loud" }, "vocabulary": { "muscles": [{ "nam": "${PATIENT}" }] } `,
    });
    try {
      for (const format of ['text', 'json']) {
        const r = run(['--format', format, '.', 'missing.soap.md', 'binary.soap.md'], t.dir, true);
        assert.doesNotMatch(r.stderr, /NETWORK-ATTEMPT/);
        assert.equal(r.status, 2, 'unreadable inputs give exit code 2');
        assert.match(r.stdout + r.stderr, /front matter/i, 'the broken front matter is reported');
        for (const secret of [MRN, DOB, 'Quillfeather Lane']) {
          assert.ok(!(r.stdout + r.stderr).includes(secret), `output contains ${secret}`);
        }
        // The name appears in the note only where the clinician wrote it as a muscle; it must not appear in errors.
        assert.ok(!r.stderr.includes(PATIENT), 'stderr quotes patient text');
      }
    } finally {
      t.cleanup();
    }
  });

  it('ships bundles with no network code path', () => {
    const bundles = ['dist/extension.js', 'dist/core.js', 'dist/cli.js', 'dist/worker.js'].filter((f) => existsSync(f));
    assert.ok(bundles.length >= 3, 'the extension and CLI bundles are built');
    for (const file of bundles) {
      const code = readFileSync(file, 'utf8');
      for (const pattern of [/require\(["'](?:node:)?(?:http|https|http2|net|tls|dgram|dns)["']\)/, /\bfetch\(/, /XMLHttpRequest/, /new WebSocket/, /sendBeacon/]) {
        assert.doesNotMatch(code, pattern, `${file} contains ${pattern}`);
      }
    }
  });
});
