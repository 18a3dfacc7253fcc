import type { ClinicianConfig } from '../config/clinicians';
import { parsePublicKeyLine } from './ssh-key';
import { verifyText, type AllowedSigner, type Verification } from './verify';

/** The clinic's allowed-signers list from `clinicians` in .dnlintrc.json (keys already checked there). */
export function allowedSigners(clinicians: readonly ClinicianConfig[] | undefined): AllowedSigner[] {
  return (clinicians ?? []).map((c) => ({
    name: c.name, id: c.id,
    keys: (c.publicKeys ?? []).flatMap((line) => {
      const k = parsePublicKeyLine(line);
      return k.ok ? [k.value.key] : [];
    }),
  }));
}

// Both signing rules check the same text with the same clinic in one lint: check it once.
let last: { text: string; clinicians: readonly ClinicianConfig[] | undefined; result: Verification } | undefined;

/** verifyText against the clinic's clinicians, remembering the last answer. */
export function verifyWithClinic(text: string, clinicians: readonly ClinicianConfig[] | undefined): Verification {
  if (last && last.clinicians === clinicians && last.text === text) return last.result;
  const result = verifyText(text, allowedSigners(clinicians));
  last = { text, clinicians, result };
  return result;
}
