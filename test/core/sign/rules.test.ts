import assert from 'node:assert/strict';
import { lint } from '../../../src/core/engine/lint';
import { parseConfigText } from '../../../src/core/config/parse';
import { resolveConfig } from '../../../src/core/config/config';
import { JANE, NOTE, addSignedAddendum, fixture, later, sign, testKey } from './helpers';
import { planAddendum } from '../../../src/core/sign/addendum';
import { applyEdits } from '../../../src/core/engine/lint';

const CLINIC = resolveConfig({ clinicians: [{ name: 'Jane Doe', credentials: 'PT, DPT', id: 'jd' }] });
const ids = (text: string, config = CLINIC, now = later(60)) => lint(text, config, { now }).findings.map((f) => f.ruleId);
const only = (text: string, rule: string, config = CLINIC, now = later(60)) => lint(text, config, { now }).findings.filter((f) => f.ruleId === rule);

describe('sign: rules signed-note-changed and note-unsigned', () => {
  const signed = sign(NOTE);

  it('a clean signed note raises neither rule, nor anything else from its signature block', () => {
    assert.deepEqual(ids(NOTE, CLINIC), []);
    assert.deepEqual(ids(signed, CLINIC), []);
    const chained = addSignedAddendum(sign(signed, { meaning: 'co-signer', signer: { name: 'Sam Lee', credentials: 'PT', id: 'sl' } }), 'late-entry', 'Called: soreness resolved by day 2.');
    assert.deepEqual(ids(chained, CLINIC), []);
  });

  it('signed-note-changed: an edit above the signature is an error on the signature line, with no quick fix from the core', () => {
    const edited = signed.replace('Neck pain 5/10', 'Neck pain 4/10');
    const found = only(edited, 'signed-note-changed');
    assert.equal(found.length, 1);
    assert.equal(found[0].severity, 'error');
    assert.equal(found[0].message, 'Signed text changed after signing');
    assert.match(found[0].detail!, /^The text above this signature no longer matches its SHA-256 digest/);
    assert.ok(edited.slice(found[0].start, found[0].end).startsWith('**Signed by Jane Doe'));
  });

  it('signed-note-changed: one finding for a change covered by several signatures; damaged and out-of-order blocks each say so', () => {
    const chained = addSignedAddendum(addSignedAddendum(signed, 'addendum', 'One.'), 'addendum', 'Two.', 120);
    assert.equal(only(chained.replace('Neck pain', 'Back pain'), 'signed-note-changed').length, 1);
    const damaged = only(signed.replace('meaning: author', 'meaning: witness'), 'signed-note-changed');
    assert.equal(damaged[0].message, 'Signature block damaged');
    assert.match(damaged[0].detail!, /^Its meaning "witness" is not author or co-signer\./);
  });

  it('signed-note-changed: a key signature by a listed key verifies; a forged one is an error', () => {
    const key = testKey();
    const keyed = sign(NOTE, { key });
    const pub = fixture('test-only-ed25519.pub').trim();
    const clinic = resolveConfig({ clinicians: [{ name: 'Jane Doe', credentials: 'PT, DPT', id: 'jd', publicKeys: [pub] }] });
    assert.deepEqual(ids(keyed, clinic), []);
  });

  it('note-unsigned: only when the clinic lists clinicians, and only once the hours since the visit have passed', () => {
    const dated = NOTE; // date: 2026-11-30, no time: the count starts at midnight
    assert.deepEqual(only(dated, 'note-unsigned', CLINIC, new Date(2026, 10, 30, 23, 0)), []);
    const late = only(dated, 'note-unsigned', CLINIC, new Date(2026, 11, 1, 1, 0));
    assert.equal(late.length, 1);
    assert.equal(late[0].severity, 'info');
    assert.equal(late[0].message, 'Note not signed 25 h after the visit');
    assert.deepEqual(only(dated, 'note-unsigned', resolveConfig({}), new Date(2027, 0, 1)), [], 'a clinic that does not sign never sees it');
    assert.deepEqual(only(NOTE.replace('date: 2026-11-30\n', ''), 'note-unsigned', CLINIC, new Date(2027, 0, 1)), [], 'no date, no finding');
    const withTime = NOTE.replace('date: 2026-11-30', 'date: 2026-11-30\ntime: "09:30"');
    const hours8 = resolveConfig({ clinicians: [{ name: 'Jane Doe', credentials: 'PT' }], rules: { 'note-unsigned': { hours: 8 } } });
    assert.equal(only(withTime, 'note-unsigned', hours8, new Date(2026, 10, 30, 17, 29)).length, 0);
    assert.equal(only(withTime, 'note-unsigned', hours8, new Date(2026, 10, 30, 17, 30)).length, 1);
    assert.deepEqual(only(signed, 'note-unsigned', CLINIC, new Date(2027, 0, 1)), []);
  });

  it('note-unsigned: an addendum below the signature, from the time in its heading (or at once without one)', () => {
    const plan = planAddendum(signed, 'addendum', 'reason', JANE, later(60), -300);
    assert.equal(plan.kind, 'insert');
    if (plan.kind !== 'insert') return;
    const withAddendum = applyEdits(signed, [plan.edit]).replace(/‹[^›]*›/, 'Text.');
    assert.deepEqual(only(withAddendum, 'note-unsigned', CLINIC, later(120)), []);
    assert.equal(only(withAddendum, 'note-unsigned', CLINIC, later(60 + 24 * 60)).length, 1);
    const bare = only(signed + '\nA line nobody signed.\n', 'note-unsigned', resolveConfig({}), later(1));
    assert.equal(bare.length, 1, 'without a heading time, at once, even for a clinic without a clinicians list');
    assert.equal(bare[0].message, 'Addendum not signed yet');
  });
});

describe('sign: clinicians configuration', () => {
  it('accepts clinicians with credentials, ids, roles and ssh-ed25519 keys, and explains what is wrong', () => {
    const pub = fixture('test-only-ed25519.pub').trim();
    const { config, problems } = parseConfigText(JSON.stringify({
      clinicians: [
        { name: 'Jane Doe', credentials: 'PT, DPT', id: 'jd', publicKeys: [pub, 'ssh-rsa AAAAB3Nza'] },
        { name: 'Sam Lee', credentials: 'PT', role: 'supervising clinician', publickeys: [] },
        { credentials: 'PT' },
        'Chris',
      ],
    }));
    assert.deepEqual(config.clinicians, [
      { name: 'Jane Doe', credentials: 'PT, DPT', id: 'jd', publicKeys: [pub] },
      { name: 'Sam Lee', credentials: 'PT', role: 'supervising clinician' },
    ]);
    assert.deepEqual(problems, [
      'clinicians[0].publicKeys[1]: a public key line starts with "ssh-ed25519"; ssh-rsa keys are not supported; ignored.',
      'clinicians[1].publickeys: unknown setting; ignored. Did you mean publicKeys?',
      'clinicians[2]: needs a "name" (as it appears in the signature); ignored.',
      'clinicians[3]: must be an object with "name" and "credentials", not "Chris"; ignored.',
    ]);
    assert.deepEqual(parseConfigText('{ "clinicians": {} }').problems, ['clinicians: must be a list of clinicians ({ "name": …, "credentials": … }), not an object; ignored.']);
  });
});
