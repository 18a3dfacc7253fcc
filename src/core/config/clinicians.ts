import { isObject, kindOf, suggestion } from './check';
import { parsePublicKeyLine } from '../sign/ssh-key';
import type { ConfigSection } from './section';

// The clinic's clinicians who sign notes. Listing them switches signing on for the clinic
// (the note-unsigned rule runs only then); their public keys are the allowed-signers list
// that key signatures are checked against.

export interface ClinicianConfig {
  name: string;
  /** As printed after the name: "PT, DPT". */
  credentials: string;
  /** The clinic's own id, kept in each signature. */
  id?: string;
  /** "student", "assistant", "supervising clinician"…: shown in the signature. */
  role?: string;
  /** `ssh-ed25519 AAAA…` lines: keys this clinician signs with. */
  publicKeys?: string[];
}

const KEYS = ['name', 'credentials', 'id', 'role', 'publicKeys'];

export const cliniciansSection: ConfigSection<ClinicianConfig[]> = {
  schema: {
    type: 'array',
    description: 'Clinicians who sign notes, with their credentials and, for key signatures, their public keys. Listing clinicians turns on the note-unsigned rule.',
    items: {
      type: 'object',
      additionalProperties: false,
      required: ['name', 'credentials'],
      properties: {
        name: { type: 'string', description: 'Name as it appears in the signature, e.g. "Jane Doe".' },
        credentials: { type: 'string', description: 'Credentials after the name, e.g. "PT, DPT".' },
        id: { type: 'string', description: 'The clinic\'s id for the clinician (kept in each signature).' },
        role: { type: 'string', description: 'Shown in the signature, e.g. "student" or "supervising clinician".' },
        publicKeys: {
          type: 'array',
          description: 'Public keys this clinician signs with, as "ssh-ed25519 AAAA… comment" lines (the allowed-signers list).',
          items: { type: 'string', pattern: '^ssh-ed25519 ' },
        },
      },
    },
  },
  defaults: [],
  validate(value, problem) {
    if (!Array.isArray(value)) {
      problem(`clinicians: must be a list of clinicians ({ "name": …, "credentials": … }), not ${kindOf(value)}; ignored.`);
      return [];
    }
    const out: ClinicianConfig[] = [];
    value.forEach((c, i) => {
      const at = `clinicians[${i}]`;
      if (!isObject(c)) return problem(`${at}: must be an object with "name" and "credentials", not ${kindOf(c)}; ignored.`);
      for (const key of Object.keys(c)) if (!KEYS.includes(key)) problem(`${at}.${key}: unknown setting; ignored.${suggestion(key, KEYS)}`);
      if (typeof c.name !== 'string' || !c.name.trim()) return problem(`${at}: needs a "name" (as it appears in the signature); ignored.`);
      if (typeof c.credentials !== 'string') return problem(`${at}.credentials: must be text such as "PT, DPT"; this clinician is ignored.`);
      const entry: ClinicianConfig = { name: c.name.trim(), credentials: c.credentials.trim() };
      for (const key of ['id', 'role'] as const) {
        if (c[key] === undefined) continue;
        if (typeof c[key] === 'string' && c[key].trim()) entry[key] = c[key].trim();
        else problem(`${at}.${key}: must be text; ignored.`);
      }
      if (c.publicKeys !== undefined) {
        if (!Array.isArray(c.publicKeys)) problem(`${at}.publicKeys: must be a list of "ssh-ed25519 AAAA…" lines; ignored.`);
        else {
          entry.publicKeys = [];
          c.publicKeys.forEach((k, j) => {
            const parsed = typeof k === 'string' ? parsePublicKeyLine(k) : { ok: false as const, problem: `must be text, not ${kindOf(k)}` };
            if (parsed.ok) entry.publicKeys!.push((k as string).trim());
            else problem(`${at}.publicKeys[${j}]: ${parsed.problem}; ignored.`);
          });
        }
      }
      out.push(entry);
    });
    return out;
  },
};
