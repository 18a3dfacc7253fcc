// New Note from Last Visit: a follow-up built from the patient's most recent note. What a
// follow-up repeats is carried forward for the clinician to confirm today: the patient, episode
// and next visit number, the diagnosis codes, the plan of care and goals, the home exercise
// programme and the written consent on file. Every carried clinical item is a field,
// ‹confirm: …›, so it is a placeholder-unfilled error, and states nothing, until the clinician
// keeps or changes it. Findings are never carried: no Subjective or Objective text, no needling,
// no scores, no responses. Those are written fresh, in the follow-up template's fields.

import { defaultConfig, type ResolvedConfig } from '../config/config';
import { readHeader, visitOf } from '../course/visit';
import { buildNote, type Note } from '../model/note';
import { AFTERCARE, billing, CONSENT, frontMatter, NEEDLING, SCREENING } from './templates/blocks';
import { yamlScalar } from './template';
import { FOLLOW_UP_ASSESSMENT, FOLLOW_UP_OBJECTIVE_FINDINGS, FOLLOW_UP_SUBJECTIVE } from './templates/follow-up';

/** A note on disk, as the command found it. */
export interface NoteFile {
  /** File name only (never a path: it may name the patient, and it is not needed). */
  fileName: string;
  text: string;
}

const fileNameRe = /^(\d{4}-\d{2}-\d{2})-(.+?)\.soap\.md$/i;

/** The patient a note is about: its front matter, else the "<date>-<patient>.soap.md" file name. */
export function patientOf(note: NoteFile): string | undefined {
  return readHeader(note.text).patient ?? fileNameRe.exec(note.fileName)?.[2];
}

/** The visit date of a note: its front matter, else its file name. */
export function visitDateOf(note: NoteFile): string | undefined {
  return readHeader(note.text).date ?? fileNameRe.exec(note.fileName)?.[1];
}

/** Patient identifiers compare as file names do: case, spaces and punctuation aside. */
export const samePatient = (a: string, b: string) => a.trim().toLowerCase().replace(/[^a-z0-9]+/g, '') === b.trim().toLowerCase().replace(/[^a-z0-9]+/g, '');

/** The patient's most recent note dated before `before` (ISO), or undefined. Ties go to the later file name. */
export function pickLastVisit<T extends NoteFile>(notes: readonly T[], patient: string, before: string): T | undefined {
  let best: { note: T; date: string } | undefined;
  for (const note of notes) {
    const who = patientOf(note);
    const date = visitDateOf(note);
    if (!who || !date || !samePatient(who, patient) || date >= before) continue;
    if (!best || date > best.date || (date === best.date && note.fileName > best.note.fileName)) best = { note, date };
  }
  return best?.note;
}

/** What was carried, in plain words, for the message after the note is made. */
export type Carried = 'visit number' | 'episode' | 'diagnosis codes' | 'plan of care' | 'goals' | 'home exercise programme' | 'consent on file';

export interface FollowUp {
  /** Prepared text with ${patient}, ${date} and ${cursor}, for renderTemplate. */
  template: string;
  /** The patient as written in the last note (goes into ${patient}). */
  patient: string;
  /** Date of the visit it was built from. */
  lastDate?: string;
  carried: Carried[];
}

/** Longest text inside one field: the placeholder rule reads fields of up to 80 characters. */
const FIELD_MAX = 80;
const CONFIRM = 'confirm: ';

/**
 * A carried item as fields to confirm: ‹confirm: …›, split at clause ends when it is too long
 * for one field, so each part is flagged until the clinician keeps or changes it.
 */
export function confirmFields(text: string): string {
  const clean = text.replace(/[‹›|]/g, '').replace(/\s+/g, ' ').trim();
  const room = FIELD_MAX - CONFIRM.length;
  const parts: string[] = [];
  let rest = clean;
  while (rest.length > room) {
    const window = rest.slice(0, room + 1);
    const cut = Math.max(window.lastIndexOf('. '), window.lastIndexOf('; '), window.lastIndexOf(', '));
    const at = cut > room / 3 ? cut + 1 : Math.max(window.lastIndexOf(' '), 1);
    parts.push(rest.slice(0, at).trim());
    rest = rest.slice(at).trim();
  }
  if (rest) parts.push(rest);
  return parts.map((p) => `‹${CONFIRM}${p}›`).join(' ');
}

interface CarriedLine {
  label: string;
  text: string;
}

const planLabelRe = /^\W*(plan of care|poc|treatment plan|frequency(?: and duration)?)\s*[:–-]\s*/i;
const goalLabelRe = /^\W*((?:short|long)[- ]term goals?|stg|ltg|goals?|updated goals?)\s*[:–-]\s*/i;
const hepRe = /\b(?:HEP|home exercises?(?: programme| program)?)\b/i;
const hepLabelRe = /^\W*(HEP|home exercises?(?: programme| program)?)\s*[:–-]\s*/i;

/** Lines of the last note that state its plan of care, goals or home programme, label apart. */
function carriedLines(note: Note): { plan: CarriedLine[]; goals: CarriedLine[]; hep: CarriedLine[] } {
  const out = { plan: [] as CarriedLine[], goals: [] as CarriedLine[], hep: [] as CarriedLine[] };
  for (const u of note.units) {
    if (u.kind === 'heading' || u.kind === 'row') continue;
    const kind = u.section >= 0 ? note.sections[u.section].kind : 'other';
    if (kind === 'subjective' || kind === 'objective') continue;
    const text = u.text.replace(/^\*\*|\*\*$/g, '');
    // A line may hold several labelled parts: "Plan of care: 8 visits. Goals: NDI below 10/50."
    for (const part of text.split(/(?<=\.)\s+(?=(?:goals?|stg|ltg|plan of care|poc|hep)\b)/i)) {
      const plan = planLabelRe.exec(part);
      const goal = goalLabelRe.exec(part);
      const hep = hepLabelRe.exec(part);
      if (plan) out.plan.push({ label: 'Plan of care', text: part.slice(plan[0].length) });
      else if (goal) out.goals.push({ label: 'Goals', text: part.slice(goal[0].length) });
      else if (hep) out.hep.push({ label: 'Home exercise programme', text: part.slice(hep[0].length) });
      else if (/goals?/i.test(u.heading) && kind !== 'assessment') out.goals.push({ label: 'Goals', text: part });
      else if (kind === 'plan' && hepRe.test(part)) out.hep.push({ label: 'Home exercise programme', text: part });
    }
  }
  return out;
}

const yamlValue = (v: unknown): string | undefined => {
  if (typeof v === 'string' && v.trim()) return yamlScalar(v.trim());
  if (typeof v === 'number') return String(v);
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  return undefined;
};

/** Administrative front matter keys carried as written (payer, certification dates). */
const carriedKeys = ['payer', 'insurance', 'poc_start', 'poc_end', 'certified_from', 'certified_through', 'recert_due'];

/** The follow-up note for the visit after `last`, as prepared text. */
export function followUpFromLastVisit(last: NoteFile, config: ResolvedConfig = defaultConfig()): FollowUp {
  const note = buildNote(last.text, config.vocabulary);
  const visit = visitOf(note, config);
  const header = visit;
  const carried: Carried[] = [];
  const patient = header.patient ?? fileNameRe.exec(last.fileName)?.[2] ?? '';
  const lastDate = header.date ?? fileNameRe.exec(last.fileName)?.[1];

  // Front matter: who, which episode, the next visit; clinical items are never put here.
  const fm = frontMatter('follow-up');
  const set = (key: string, value: string) => {
    const i = fm.findIndex((l) => l.startsWith(`${key}:`));
    if (i >= 0) fm[i] = `${key}: ${value}`;
    else fm.splice(fm.length - 2, 0, `${key}: ${value}`);
  };
  if (header.number) {
    set('visit', `${header.number + 1}${header.planned ? ` of ${header.planned}` : ''}`);
    carried.push('visit number');
  }
  if (header.episode) {
    set('episode', yamlValue(header.episode)!);
    carried.push('episode');
  }
  const data = note.frontMatter?.data ?? {};
  for (const key of carriedKeys) {
    const v = yamlValue(data[key]);
    if (v) set(key, v);
  }

  const lines = carriedLines(note);
  const confirmLine = (label: string, items: CarriedLine[], kind: Carried) => {
    if (!items.length) return [];
    carried.push(kind);
    return [`${label}: ${items.map((i) => confirmFields(i.text)).join(' ')}`];
  };
  const planLines = confirmLine('Plan of care', lines.plan, 'plan of care');
  const goalLines = confirmLine('Goals', lines.goals, 'goals');
  const hepLines = confirmLine('Home exercise programme', lines.hep, 'home exercise programme');

  // The written consent on file, by its date: to confirm, never as confirmed today.
  let consent = CONSENT;
  if (visit.consent?.signed) {
    consent = [`Consent: ${confirmFields(`written consent on file dated ${visit.consent.signed}`)}; verbal consent today ‹given|declined›; risks discussed: ‹risks discussed today›.`];
    carried.push('consent on file');
  }
  const codes = [...new Set(note.icd.map((c) => c.code))];
  if (codes.length) carried.push('diagnosis codes');
  const bill = billing();
  if (codes.length) bill[bill.length - 1] = bill[bill.length - 1].replace('‹ICD-10 code›', confirmFields(codes.join(', ')));

  const template = [
    ...fm,
    '# Dry needling follow-up',
    '',
    `<!-- Carried forward from the visit of ${lastDate ?? 'the last note'}: each "confirm:" blank below stays an error until you keep what it says (delete "confirm:" and the marks around it) or change it. -->`,
    '',
    ...FOLLOW_UP_SUBJECTIVE,
    '',
    ...FOLLOW_UP_OBJECTIVE_FINDINGS,
    '',
    ...SCREENING,
    '',
    ...consent,
    '',
    ...NEEDLING,
    '',
    ...FOLLOW_UP_ASSESSMENT,
    ...planLines,
    ...goalLines,
    ...AFTERCARE,
    ...(hepLines.length ? hepLines : ['Home exercise programme: ‹continued, progressed or changed›.']),
    'Next visit: ‹when, and what is planned›.',
    '',
    ...bill,
    '',
  ].join('\n');
  return { template, patient, lastDate, carried };
}
