import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { applyEdits } from '../../../src/core/engine/lint';
import { planAddendum, type AddendumKind } from '../../../src/core/sign/addendum';
import { planSignature, type SignRequest } from '../../../src/core/sign/sign';
import { parsePrivateKey, type PrivateKey } from '../../../src/core/sign/ssh-key';
import type { Signer } from '../../../src/core/sign/signer';

export const JANE: Signer = { name: 'Jane Doe', credentials: 'PT, DPT', id: 'jd' };
export const SAM: Signer = { name: 'Sam Lee', credentials: 'PT, DPT', id: 'sl', role: 'supervising clinician' };
/** 2026-11-30 14:05 at UTC−05:00. */
export const NOW = new Date('2026-11-30T19:05:00Z');
export const OFFSET = -300;
export const later = (minutes: number) => new Date(NOW.getTime() + minutes * 60_000);

export const NOTE = [
  '---', 'patient_id: EX-0142', 'date: 2026-11-30', '---', '',
  '## Subjective', '', 'Neck pain 5/10, worse after desk work.', '',
  '## Objective', '', 'Consent: written consent signed today; risks incl. pneumothorax reviewed.', '',
  '| Muscle | Side | Needle (mm) | LTR |', '|---|---|---|---|', '| upper trapezius | R | 0.25x30 | +x3 |', '',
  'Needles: 1 in / 1 out.', '',
  '## Assessment', '', 'Myofascial pain R upper trapezius.', '',
  '## Plan', '', 'Aftercare: soreness 24–72 h expected; chest pain or shortness of breath means emergency care.', '',
].join('\n');

export function sign(text: string, more: Partial<SignRequest> = {}): string {
  const plan = planSignature({ text, signer: JANE, meaning: 'author', now: NOW, offsetMinutes: OFFSET, errors: 0, ...more });
  assert.equal(plan.kind, 'sign', plan.kind === 'refused' ? plan.message : '');
  return applyEdits(text, [plan.edit]);
}

/** Appends an addendum with filled-in text, then signs it. */
export function addSignedAddendum(text: string, kind: AddendumKind, body: string, minutes = 60, signer = JANE): string {
  const plan = planAddendum(text, kind, `reason for ${kind}`, signer, later(minutes), OFFSET);
  assert.equal(plan.kind, 'insert', plan.kind === 'refused' ? plan.message : '');
  const withBlank = applyEdits(text, [plan.edit]);
  const filled = withBlank.slice(0, plan.blank.start) + body + withBlank.slice(plan.blank.end);
  return sign(filled, { signer, now: later(minutes + 1) });
}

export const fixture = (name: string) => readFileSync(join(process.cwd(), 'test/core/sign/fixtures', name), 'utf8');

export function testKey(): PrivateKey {
  const k = parsePrivateKey(fixture('test-only-ed25519'));
  assert.ok(k.ok, k.ok ? '' : k.problem);
  return k.value;
}
