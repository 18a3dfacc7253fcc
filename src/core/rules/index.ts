import { consentMissing } from './consent-missing';
import { aftercareMissing } from './aftercare-missing';
import { consentNotGiven } from './consent-not-given';
import { frontMatterInvalid } from './front-matter-invalid';
import { needleCount } from './needle-count';
import { painScoreOutOfRange } from './pain-score-out-of-range';
import { pneumothoraxNotDiscussed } from './pneumothorax-not-discussed';
import { soapSectionMissing } from './soap-section-missing';
import { sideMissing } from './side-missing';
import { unknownMuscle } from './unknown-muscle';
import { muscleNotSpecific } from './muscle-not-specific';
import { ambiguousAbbreviation } from './ambiguous-abbreviation';
import { responseMissing } from './response-missing';
import { cptMuscleCount } from './cpt-muscle-count';
import { cptNotForDryNeedling } from './cpt-not-for-dry-needling';
import { icdInvalid } from './icd-invalid';
import { needleSizeMissing } from './needle-size-missing';
import { codeBlockUnclosed } from './code-block-unclosed';
import { placeholderUnfilled } from './placeholder-unfilled';
import { unknownDirective } from './unknown-directive';
import { signedNoteChanged } from './signed-note-changed';
import { noteUnsigned } from './note-unsigned';
import { progressReportDue } from './progress-report-due';
import { planOfCareRecertification } from './plan-of-care-recertification';
import { reevaluationDue } from './reevaluation-due';
import { consentRenewal } from './consent-renewal';
import { needlingWithoutChange } from './needling-without-change';
import type { Rule } from './rule';

export type { FixSpec, Report, Rule, RuleContext, RuleMeta, RuleOption } from './rule';

/** Every rule, in the order their findings are produced. */
export const rules: readonly Rule[] = [
  consentMissing,
  aftercareMissing,
  consentNotGiven,
  frontMatterInvalid,
  needleCount,
  painScoreOutOfRange,
  pneumothoraxNotDiscussed,
  soapSectionMissing,
  sideMissing,
  unknownMuscle,
  muscleNotSpecific,
  ambiguousAbbreviation,
  responseMissing,
  cptMuscleCount,
  cptNotForDryNeedling,
  icdInvalid,
  needleSizeMissing,
  codeBlockUnclosed,
  placeholderUnfilled,
  unknownDirective,
  progressReportDue,
  planOfCareRecertification,
  reevaluationDue,
  consentRenewal,
  needlingWithoutChange,
  signedNoteChanged,
  noteUnsigned,
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
