import type { Unit } from './units';

// Billing codes and scores written in a note. Dates ("12/10/2026"), spinal levels
// ("L4/5", "T12") and strength grades ("4/5") must never read as codes or pain scores.

export interface CodeMention {
  unit: number;
  code: string;
  start: number;
  end: number;
  /** Units billed when written as "20561 x2" or "2 units". */
  units?: number;
}

const billingContext = /\b(?:cpt|billing|billed|bill|charges?|codes?|procedures?|units?|hcpcs)\b/i;
const dxContext = /\b(?:icd(?:-?10)?(?:-cm)?|dx|diagnos[ie]s|diag|codes?)\b/i;
const knownCpt = /^(?:2056[01]|2055[0-3]|9781[0134]|97\d{3}|G0283|G0281)$/;

export function findCptCodes(units: Unit[]): CodeMention[] {
  const out: CodeMention[] = [];
  const re = /(?<![\w./-])(\d{5}|G\d{4})(?![\w/]|[.,]\d)(?:\s*(?:[x×]\s*(\d{1,2})|\(\s*(\d{1,2})\s*units?\s*\)|,?\s*(\d{1,2})\s*units?))?/g;
  units.forEach((u, i) => {
    const inBilling = billingContext.test(u.text) || billingContext.test(u.heading);
    for (const m of u.text.matchAll(re)) {
      if (!knownCpt.test(m[1]) && !inBilling) continue;
      if (!/^(?:[0-9]{5}|G\d{4})$/.test(m[1]) || (/^\d/.test(m[1]) && !/^[0-9]/.test(m[1]))) continue;
      const n = m[2] ?? m[3] ?? m[4];
      out.push({ unit: i, code: m[1], start: u.start + m.index!, end: u.start + m.index! + m[1].length, units: n ? parseInt(n, 10) : undefined });
    }
  });
  return out;
}

export function findIcdCodes(units: Unit[]): CodeMention[] {
  const out: CodeMention[] = [];
  const dotted = /(?<![\w.])([A-TV-Z]\d{2}\.[0-9A-Z]{1,4})(?![\w])/g;
  const bare = /(?<![\w.])([A-TV-Z]\d{2}[0-9A-Z]{0,4})(?![\w.])/g;
  units.forEach((u, i) => {
    for (const m of u.text.matchAll(dotted)) out.push({ unit: i, code: m[1], start: u.start + m.index!, end: u.start + m.index! + m[1].length });
    if (!(dxContext.test(u.text) || /diagnos|icd/.test(u.heading))) return;
    for (const m of u.text.matchAll(bare)) {
      // Spinal levels (C5, T12, L4, S1) look like three-character codes.
      if (/^[CTLS]\d{1,2}$/.test(m[1])) continue;
      out.push({ unit: i, code: m[1], start: u.start + m.index!, end: u.start + m.index! + m[1].length });
    }
  });
  return out;
}

export interface Score {
  unit: number;
  /** Measure id: nprs, vas-mm, ndi, odi, psfs, quickdash, lefs. */
  measure: string;
  value: number;
  start: number;
  end: number;
  /** Denominator when written as "n/d". */
  outOf?: number;
}

const scaleRe = /(?<![\d/.:-])(\d{1,3}(?:\.\d)?)\s*\/\s*(10|100)(?![\d/]|\.\d)/g;
const arrowRe = /\b(NPRS|NPS|NRS|VAS|pain)\b\s*(?:score)?\s*[:=]?\s*((?:\d{1,3}(?:\.\d)?\s*(?:\/\s*10)?\s*(?:→|->|=>|to|–|-)\s*)*\d{1,3}(?:\.\d)?)(\s*mm)?(?!\s*\/|\.\d|\d)/gi;
const outcomeRe = /\b(NDI|ODI|PSFS|Quick\s?DASH|QDASH|LEFS)\b\s*(?:score)?\s*[:=]?\s*(\d{1,3}(?:\.\d+)?)\s*(%|\/\s*\d{1,3})?/gi;

export function findScores(units: Unit[]): Score[] {
  const out: Score[] = [];
  units.forEach((u, i) => {
    const t = u.text;
    const taken: Array<[number, number]> = [];
    for (const m of t.matchAll(arrowRe)) {
      const kw = m[1].toLowerCase();
      const measure = kw === 'vas' && m[3] ? 'vas-mm' : 'nprs';
      let pos = m.index! + m[0].indexOf(m[2]);
      for (const part of m[2].split(/(\s*(?:\/\s*10)?\s*(?:→|->|=>|to|–|-)\s*)/)) {
        const v = part.match(/^(\d{1,3}(?:\.\d)?)/);
        if (v && !/[→>–-]|to/.test(part)) {
          // A plain "pain 3" without a scale counts only for the named scales.
          if (kw !== 'pain' || /\/\s*10/.test(t.slice(pos, pos + part.length + 6))) {
            out.push({ unit: i, measure, value: parseFloat(v[1]), start: u.start + pos, end: u.start + pos + v[1].length });
            taken.push([pos, pos + part.length + 5]);
          }
        }
        pos += part.length;
      }
    }
    for (const m of t.matchAll(scaleRe)) {
      const s = m.index!;
      if (taken.some(([a, b]) => s >= a && s < b)) continue;
      const outOf = parseInt(m[2], 10);
      out.push({ unit: i, measure: outOf === 10 ? 'nprs' : 'percent', value: parseFloat(m[1]), outOf, start: u.start + s, end: u.start + s + m[1].length });
    }
    for (const m of t.matchAll(outcomeRe)) {
      const measure = m[1].toLowerCase().replace(/\s/g, '').replace('qdash', 'quickdash');
      const s = m.index! + m[0].lastIndexOf(m[2]);
      out.push({ unit: i, measure, value: parseFloat(m[2]), start: u.start + s, end: u.start + s + m[2].length });
    }
  });
  return out;
}
