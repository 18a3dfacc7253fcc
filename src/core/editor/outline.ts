// The Outline view and breadcrumbs of a note: its front matter, its sections (S, O, A, P and the
// others a note has, such as Billing), the headings inside them and the needled muscles, each
// under its section. Built from the linter's parsed note: nothing is parsed here.

import type { Note } from '../model/note';
import type { NeedlingRecord } from '../model/records';
import type { Section } from '../model/sections';

export type OutlineKind = 'front-matter' | 'title' | 'section' | 'heading' | 'record';

export interface OutlineSymbol {
  kind: OutlineKind;
  name: string;
  /** Shown after the name: the label as written, or the needle and response of a record. */
  detail: string;
  /** Offsets of everything the symbol covers. */
  start: number;
  end: number;
  /** Offsets of the part to select and reveal (a heading's text, a record's muscle). */
  selectionStart: number;
  selectionEnd: number;
  children: OutlineSymbol[];
}

const SOAP_NAMES: Record<string, string> = { subjective: 'Subjective', objective: 'Objective', assessment: 'Assessment', plan: 'Plan' };

/** "## Objective:" → "Objective"; "**BILLING:**" → "BILLING". */
export const cleanLabel = (label: string) => label.replace(/^#+\s*/, '').replace(/\s+#+\s*$/, '').replace(/[*_`]/g, '').replace(/\s*[:–—-]\s*$/, '').trim();

function sectionName(s: Section): string {
  if (s.kind === 'other') return cleanLabel(s.label) || 'Section';
  return [s.kind, ...(s.also ?? [])].map((k) => SOAP_NAMES[k]).join(' / ');
}

/** End offset of a unit (units are single lines). */
const unitEnd = (note: Note, i: number) => note.units[i].start + note.units[i].text.length;

/** Where each section ends: its last line, never past the next section's label. */
function sectionEnd(note: Note, index: number): number {
  const s = note.sections[index];
  let end = s.labelEnd;
  for (let i = s.firstUnit; i < s.endUnit && i < note.units.length; i++) end = Math.max(end, unitEnd(note, i));
  // A label after a full stop ("… A: improving") starts on the line its section's first unit is.
  const labelUnit = note.units.findIndex((u) => u.start <= s.labelStart && s.labelStart <= u.start + u.text.length);
  if (labelUnit >= 0) end = Math.max(end, unitEnd(note, labelUnit));
  const next = note.sections[index + 1];
  if (next && end > next.labelStart) end = Math.max(s.labelEnd, trimmedEnd(note.text, next.labelStart));
  return end;
}

/** The offset just after the last non-space character before `at`. */
function trimmedEnd(text: string, at: number): number {
  let i = at;
  while (i > 0 && /\s/.test(text[i - 1])) i--;
  return i;
}

function recordSymbol(note: Note, r: NeedlingRecord): OutlineSymbol {
  const name = [r.side, r.kind === 'muscle' ? r.muscle.name : r.written].filter(Boolean).join(' ');
  const needle = r.needle?.diameterMm && r.needle.lengthMm ? `${r.needle.diameterMm.toFixed(2)}×${r.needle.lengthMm} mm` : r.needle?.lengthMm ? `${r.needle.lengthMm} mm` : undefined;
  const twitch = r.twitch ? (r.twitch.present ? `LTR${r.twitch.count ? ` x${r.twitch.count}` : ''}` : 'no LTR') : undefined;
  const unit = note.units[r.unit];
  const start = Math.min(r.start, unit?.start ?? r.start);
  const end = Math.max(r.end, unit ? unit.start + unit.text.length : r.end);
  return {
    kind: 'record', name, detail: [needle, ...r.techniques, twitch].filter(Boolean).join(', '),
    start, end, selectionStart: r.start, selectionEnd: r.end, children: [],
  };
}

/** The symbols of a note, in document order, with records and sub-headings under their section. */
export function outlineOf(note: Note): OutlineSymbol[] {
  const out: OutlineSymbol[] = [];
  const fm = note.frontMatter;
  if (fm) out.push({ kind: 'front-matter', name: 'Front matter', detail: frontMatterDetail(note), start: fm.start, end: trimmedEnd(note.text, fm.end), selectionStart: fm.start, selectionEnd: fm.start + 3, children: [] });

  const firstSection = note.sections[0]?.labelStart ?? note.text.length;
  // Headings above the first section (the note's title).
  for (const u of note.units) {
    if (u.kind !== 'heading' || u.start >= firstSection) continue;
    const name = cleanLabel(u.text);
    if (name) out.push({ kind: 'title', name, detail: '', start: u.start, end: u.start + u.text.length, selectionStart: u.start, selectionEnd: u.start + u.text.length, children: [] });
  }

  const sections: OutlineSymbol[] = note.sections.map((s, i) => {
    const detail = s.kind === 'other' ? '' : cleanLabel(s.label) === sectionName(s) ? '' : s.label.trim();
    return {
      kind: 'section', name: sectionName(s), detail, start: s.labelStart, end: sectionEnd(note, i),
      selectionStart: s.labelStart, selectionEnd: s.labelEnd, children: [],
    };
  });
  // A label such as "Plan of care:" under "## Plan" starts a section of the same kind: it is shown
  // inside the heading's section, not beside it as a second Plan.
  const parentOf: number[] = [];
  let heading = -1;
  note.sections.forEach((s, i) => {
    if (s.depth > 0) heading = i;
    const h = note.sections[heading];
    const nested = s.depth === 0 && h !== undefined && h.kind === s.kind && /[\r\n]/.test(note.text.slice(h.labelEnd, s.labelStart));
    if (s.depth === 0 && !nested) heading = -1;
    parentOf.push(nested ? heading : -1);
  });
  const top: OutlineSymbol[] = [];
  sections.forEach((sym, i) => {
    const p = parentOf[i];
    if (p >= 0) {
      sections[p].children.push({ ...sym, kind: 'heading', name: cleanLabel(note.sections[i].label) || sym.name, detail: '' });
      sections[p].end = Math.max(sections[p].end, sym.end);
    } else top.push(sym);
  });

  // Sub-headings ("### Dry needling") hold what follows them down to the next heading of their level.
  const holder = (offset: number): OutlineSymbol | undefined => top.find((s) => s.start <= offset && offset <= s.end);
  const labelStarts = new Set(note.sections.map((s) => s.labelStart));
  const headings = note.units.filter((u) => u.kind === 'heading' && u.start >= firstSection && !labelStarts.has(u.start) && cleanLabel(u.text));
  headings.forEach((u, i) => {
    const section = holder(u.start);
    if (!section) return;
    const next = headings.slice(i + 1).find((n) => n.depth <= u.depth);
    const end = next && next.start <= section.end ? trimmedEnd(note.text, next.start) : section.end;
    const sym: OutlineSymbol = { kind: 'heading', name: cleanLabel(u.text), detail: '', start: u.start, end: Math.max(end, u.start + u.text.length), selectionStart: u.start, selectionEnd: u.start + u.text.length, children: [] };
    deepest(section, sym).children.push(sym);
  });
  for (const r of note.records) {
    const sym = recordSymbol(note, r);
    const section = holder(sym.start);
    if (section) deepest(section, sym).children.push(sym);
    else out.push(sym);
  }
  const byStart = (a: OutlineSymbol, b: OutlineSymbol) => a.start - b.start;
  const sortAll = (list: OutlineSymbol[]) => {
    list.sort(byStart);
    for (const s of list) sortAll(s.children);
  };
  const all = [...out, ...top];
  sortAll(all);
  return all;
}

/** The innermost symbol under `parent` (itself included) whose range holds `sym`. */
function deepest(parent: OutlineSymbol, sym: OutlineSymbol): OutlineSymbol {
  const inner = parent.children.filter((c) => c.kind !== 'record' && c.start <= sym.start && sym.end <= c.end).pop();
  return inner ? deepest(inner, sym) : parent;
}

function frontMatterDetail(note: Note): string {
  const data = note.frontMatter?.data;
  if (!data) return note.frontMatter?.error ? 'cannot be read' : '';
  // The date and visit, never the patient: an Outline may be on screen where others see it.
  const date = data.date instanceof Date ? data.date.toISOString().slice(0, 10) : typeof data.date === 'string' ? data.date : undefined;
  const visit = typeof data.visit === 'string' || typeof data.visit === 'number' ? `visit ${data.visit}` : undefined;
  return [date, visit].filter(Boolean).join(', ');
}
