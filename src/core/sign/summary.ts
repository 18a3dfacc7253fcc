// What the unsigned-notes count needs from a note on disk, without linting it: when the visit
// was (front matter) and whether it is signed.
import { parseFrontMatter } from '../model/front-matter';
import type { ClinicianConfig } from '../config/clinicians';
import { verifyWithClinic } from './allowed';
import { visitTime } from './visit-time';
import type { NoteStatus } from './verify';

export interface SigningSummary {
  status: NoteStatus;
  /** The visit's date and time from the front matter, when it gives one. */
  visit?: Date;
}

const FRONT_MATTER_RE = /^\uFEFF?---[ \t]*\r?\n([^]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

export function signingSummary(text: string, clinicians?: readonly ClinicianConfig[]): SigningSummary {
  const m = FRONT_MATTER_RE.exec(text);
  const data = m ? parseFrontMatter(m[1], 0, m[0].length, 4).data : undefined;
  return { status: verifyWithClinic(text, clinicians).status, visit: visitTime(data) };
}
