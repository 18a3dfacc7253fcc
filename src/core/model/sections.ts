import type { Unit } from './units';

// SOAP sections as therapists write them: "## Subjective", "S:", "**S:**", "SUBJECTIVE",
// "S - pt reports…", "Subjective" alone on a line, at any heading level.

export type SoapKind = 'subjective' | 'objective' | 'assessment' | 'plan';
export const SOAP_KINDS: readonly SoapKind[] = ['subjective', 'objective', 'assessment', 'plan'];

export interface Section {
  kind: SoapKind | 'other';
  /** The label or heading as written, e.g. "**S:**" or "## Objective". */
  label: string;
  /** Offsets of the label text. */
  labelStart: number;
  labelEnd: number;
  /** Offset just after the label, where the section's own text begins. */
  bodyStart: number;
  /** Heading depth, 0 for an inline label. */
  depth: number;
  /** Index of the first unit of the section (the label's unit). */
  firstUnit: number;
  /** One past the last unit of the section. */
  endUnit: number;
}

const names: Record<SoapKind, string[]> = {
  subjective: ['s', 'subj', 'subjective', 'subjective findings', 'subjective report', 'history'],
  objective: ['o', 'obj', 'objective', 'objective findings', 'examination', 'exam', 'objective exam'],
  assessment: ['a', 'assess', 'assessment', 'impression', 'clinical impression', 'assessment and reasoning'],
  plan: ['p', 'plan', 'plan of care', 'poc', 'treatment plan', 'plan/recommendations'],
};
const byName = new Map<string, SoapKind>();
for (const kind of SOAP_KINDS) for (const n of names[kind]) byName.set(n, kind);

/** Single letters only count as labels when followed by ":" or a dash, never alone ("A" is also a word). */
function kindOf(word: string, allowLetter: boolean): SoapKind | undefined {
  const key = word.toLowerCase().replace(/\s+/g, ' ').trim();
  if (key.length === 1 && !allowLetter) return undefined;
  return byName.get(key);
}

const labelRe = /^(\*\*|__|\*|_)?[ \t]*([A-Za-z][A-Za-z /]{0,30}?)[ \t]*(\*\*|__|\*|_)?[ \t]*(?::|[-–—](?=\s)|\)(?=\s))(\*\*|__|\*|_)?/;
const bareRe = /^(\*\*|__|\*|_)?[ \t]*([A-Za-z][A-Za-z /]{0,30}?)[ \t]*(\*\*|__|\*|_)?[ \t]*:?[ \t]*$/;

export interface LabelMatch {
  kind: SoapKind;
  length: number;
}

/** Recognises a SOAP label at the start of a line of text. */
export function matchLabel(text: string): LabelMatch | undefined {
  const m = labelRe.exec(text);
  if (m) {
    const kind = kindOf(m[2], true);
    if (kind) return { kind, length: m[0].length };
  }
  const bare = bareRe.exec(text);
  if (bare) {
    const kind = kindOf(bare[2], false);
    if (kind) return { kind, length: bare[0].length };
  }
  return undefined;
}

function headingKind(text: string): SoapKind | undefined {
  const inner = text.replace(/^#+[ \t]*/, '').replace(/[ \t]#+[ \t]*$/, '').replace(/[*_`]/g, '').replace(/[:.]\s*$/, '').trim();
  const direct = kindOf(inner, true);
  if (direct) return direct;
  // "S – Subjective", "Subjective (patient report)"
  const lead = inner.match(/^([A-Za-z]+)(?:\s*[-–—:(]|\s+\(|$)/);
  if (lead) {
    const k = kindOf(lead[1], false);
    if (k) return k;
    if (lead[1].length === 1) {
      const rest = inner.slice(1).replace(/^\s*[-–—:]\s*/, '');
      const k2 = kindOf(rest.split(/\s|\(/)[0], false);
      if (k2 && k2 === kindOf(lead[1], true)) return k2;
    }
  }
  return undefined;
}

/** Finds sections and stamps each unit with the index of the section it belongs to. */
export function findSections(units: Unit[]): Section[] {
  const sections: Section[] = [];
  let current = -1;
  const open = (s: Section) => {
    if (current >= 0) sections[current].endUnit = s.firstUnit;
    sections.push(s);
    current = sections.length - 1;
  };
  for (let i = 0; i < units.length; i++) {
    const u = units[i];
    if (u.kind === 'heading') {
      const kind = headingKind(u.text);
      const cur = current >= 0 ? sections[current] : undefined;
      if (kind) {
        open({ kind, label: u.text, labelStart: u.start, labelEnd: u.start + u.text.length, bodyStart: u.start + u.text.length, depth: u.depth, firstUnit: i, endUnit: units.length });
      } else if (cur && cur.depth > 0 && u.depth <= cur.depth) {
        // A sibling heading such as "## Billing" ends a heading-led SOAP section.
        open({ kind: 'other', label: u.text, labelStart: u.start, labelEnd: u.start + u.text.length, bodyStart: u.start + u.text.length, depth: u.depth, firstUnit: i, endUnit: units.length });
      }
    } else if ((u.first || u.kind === 'line') && u.kind !== 'row') {
      const m = matchLabel(u.text);
      if (m) {
        const labelText = u.text.slice(0, m.length).trimEnd();
        open({ kind: m.kind, label: labelText, labelStart: u.start, labelEnd: u.start + labelText.length, bodyStart: u.start + m.length, depth: 0, firstUnit: i, endUnit: units.length });
      }
    }
    u.section = current;
  }
  return sections;
}
