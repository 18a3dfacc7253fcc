// Vocabulary lists in plain words for the rules' documentation, derived from the typed data so
// a page never lists a muscle, group or code the linter does not use.

import { ambiguousTokens } from '../vocab/ambiguous';
import { cptCodes, icdCodes } from '../vocab/codes';
import { groupTerms } from '../vocab/groups';
import { muscles } from '../vocab/muscles';
import { outcomeMeasures } from '../vocab/outcomes';

const byId = new Map(muscles.map((m) => [m.id, m]));

/** Muscles that lie over the lung or pleura, by name. */
export const lungMuscleNames = (): string[] => muscles.filter((m) => m.risks.includes('lung')).map((m) => m.name);

/** "upper, middle and lower trapezius count as trapezius" for every muscle that rolls up. */
export function rollUpLines(): string[] {
  const parts = new Map<string, string[]>();
  for (const m of muscles) if (m.parent) parts.set(m.parent, [...(parts.get(m.parent) ?? []), m.name]);
  return [...parts].map(([parent, names]) => `${names.join(', ')} → ${byId.get(parent)?.name ?? parent}`);
}

export const groupTermList = (): string[] => groupTerms.map((g) => g.term);

export const ambiguousTokenList = (): string[] => ambiguousTokens.filter((a) => a.token === a.token.toUpperCase()).map((a) => a.token);

export const codesNotForDryNeedling = (): string[] => cptCodes.filter((c) => c.notForDryNeedling).map((c) => c.code);

export const invalidIcdCodes = (): string[] => icdCodes.filter((c) => c.status !== 'billable').map((c) => `${c.code} (${c.status === 'header' ? 'needs more characters' : 'deleted'})`);

export const scaleRanges = (): string[] => outcomeMeasures.map((o) => `${o.name} ${o.min}–${o.max}${o.unit === '%' ? ' %' : o.unit && o.unit !== 'points' ? ' ' + o.unit : ''}`);
