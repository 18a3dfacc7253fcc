// Every editor feature, registered the same way at activation (see feature.ts).
import type { Feature } from './feature';
import { courseFeatures } from './features/course-features';
import { applySafeFixesFeature } from './features/apply-safe-fixes';
import { codeActionsFeature } from './features/code-actions';
import { completionsFeature } from './features/completions';
import { handoutFeature } from './features/handout-features';
import { hoverFeature } from './features/hover';
import { insertRecordFeature } from './features/insert-record';
import { lintWorkspaceFeature } from './features/lint-workspace';
import { foldingFeature } from './features/folding';
import { newNoteFeature } from './features/new-note';
import { newNoteFromLastFeature } from './features/new-note-from-last';
import { outlineFeature } from './features/outline';
import { printNoteFeature } from './features/print-note';
import { previewFeature } from './features/preview';
import { ruleDocsFeature } from './features/rule-docs';
import { signingFeatures } from './features/sign-features';
import { statusBarFeature } from './features/status-bar';

export const features: readonly Feature[] = [
  ...courseFeatures,
  codeActionsFeature,
  hoverFeature,
  completionsFeature,
  statusBarFeature,
  previewFeature,
  newNoteFeature,
  newNoteFromLastFeature,
  outlineFeature,
  foldingFeature,
  printNoteFeature,
  insertRecordFeature,
  lintWorkspaceFeature,
  ruleDocsFeature,
  applySafeFixesFeature,
  ...signingFeatures,
  handoutFeature,
];
