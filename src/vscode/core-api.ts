// Everything the editor adapter uses from the core: the entry of dist/core.js, loaded on first
// use (see core.ts) so activation evaluates none of the rules or vocabulary data.
export { lint, lintNote, nonOverlapping } from '../core/engine/lint';
export { defaultConfig } from '../core/config/config';
export { parseConfigText } from '../core/config/parse';
export { rules, ruleById } from '../core/rules';
export { billingStatus } from '../core/editor/status';
export { hoverAt } from '../core/editor/hover';
export { addVocabularyTerm, disableRuleFix, termFromWritten } from '../core/editor/fixes';
export { NEEDLE_SIZES, fileSafeId, isIsoDate, noteFileName, recordListLine, recordTableRow, renderTemplate, todayIso } from '../core/editor/template';
export { completeAt, needsNote, parseNote } from './completions-core';
export { renderPreviewHtml } from '../core/editor/preview';
export { createHandout, handoutFileText, templateInsights } from '../core/handout';
export { renderHandoutHtml } from '../core/handout/html';
export { templatePath } from '../core/handout/defaults';
export { planSignature } from '../core/sign/sign';
export { planAddendum, ADDENDUM_KINDS, ADDENDUM_TITLES } from '../core/sign/addendum';
export { planCorrection, signedChanges } from '../core/sign/correction';
export { verifyText, TAMPERING } from '../core/sign/verify';
export { verifyWithClinic, allowedSigners } from '../core/sign/allowed';
export { describeProblem, describeSignature } from '../core/sign/describe';
export { parsePrivateKey, publicKeyLine, fingerprint } from '../core/sign/ssh-key';
export { localDay } from '../core/sign/visit-time';
export { signingSummary } from '../core/sign/summary';
export { generateKey, keyFromSeed } from '../core/sign/keygen';
export { fromBase64, toBase64 } from '../core/sign/bytes';
