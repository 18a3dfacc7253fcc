// Everything the editor adapter uses from the core: the entry of dist/core.js, loaded on first
// use (see core.ts) so activation evaluates none of the rules or vocabulary data.
export { lint, lintNote, nonOverlapping } from '../core/engine';
export { defaultConfig } from '../core/config';
export { parseConfigText } from '../core/config-parse';
export { rules, ruleById } from '../core/rules';
export { billingStatus } from '../core/status';
export { hoverAt } from '../core/hover';
export { addVocabularyTerm, disableRuleFix, termFromWritten } from '../core/fixes';
export { NEEDLE_SIZES, fileSafeId, isIsoDate, noteFileName, recordListLine, recordTableRow, renderTemplate, todayIso } from '../core/template';
export { completeAt, needsNote, parseNote } from './completions-core';
export { renderPreviewHtml } from '../core/preview';
