// Small checks shared by every part of the configuration: what a value is, in words for a
// message, and a did-you-mean for a misspelt key.
import { closest, distance } from 'fastest-levenshtein';

export const SEVERITIES = ['error', 'warning', 'info', 'off'] as const;

export const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
export const isStringArray = (v: unknown): v is string[] => Array.isArray(v) && v.every((s) => typeof s === 'string');

export function kindOf(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'string') return `"${v.length > 40 ? v.slice(0, 40) + '…' : v}"`;
  if (typeof v === 'object') return 'an object';
  return String(v);
}

export function suggestion(name: string, candidates: string[]): string {
  if (!candidates.length) return '';
  const lower = candidates.map((c) => c.toLowerCase());
  const best = closest(name.toLowerCase(), lower);
  const d = distance(name.toLowerCase(), best);
  return d <= Math.max(2, Math.floor(name.length / 3)) ? ` Did you mean ${candidates[lower.indexOf(best)]}?` : '';
}

export function stringList(value: unknown, path: string, problem: (m: string) => void): string[] | undefined {
  if (!Array.isArray(value)) {
    problem(`${path}: must be a list of strings, not ${kindOf(value)}; using the default.`);
    return undefined;
  }
  const out: string[] = [];
  value.forEach((s, i) => {
    if (typeof s === 'string') out.push(s);
    else problem(`${path}[${i}]: must be a string, not ${kindOf(s)}; ignored.`);
  });
  return out;
}
