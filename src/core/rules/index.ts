import { consentMissing } from './consent-missing';
import type { Rule } from './rule';

/** Every rule, in the order their findings are produced. */
export const rules: readonly Rule[] = [
  consentMissing,
];

const byName = new Map<string, Rule>();
for (const r of rules) {
  byName.set(r.meta.id, r);
  byName.set(r.meta.code.toLowerCase(), r);
}

/** Finds a rule by id or code, case-insensitively. */
export function ruleById(name: string): Rule | undefined {
  return byName.get(name.toLowerCase());
}
