// Bundled by bench/stages.mjs: the model's readers one by one, to time each stage of a lint.
export { parseMarkdown } from '../src/core/parse/markdown';
export { scanUnits } from '../src/core/model/units';
export { findSections } from '../src/core/model/sections';
export { nonMuscleAbbreviations } from '../src/core/model/legend';
export { findRecords } from '../src/core/model/records';
export { findAftercare, findConsent, findNeedleCounts } from '../src/core/model/statements';
export { findCptCodes, findIcdCodes, findScores } from '../src/core/model/codes';
export { buildNote } from '../src/core/model/note';
export { lint, lintNote } from '../src/core/engine/lint';
export { defaultConfig } from '../src/core/config/config';
