// Session-level statements: consent, aftercare, needle counts. Each is found wherever it
// stands: a labelled line, a bullet, a table row, a heading with lines under it, front matter.
export * from './types';
export { classifyConsent, findConsent, needlingStopped } from './consent';
export { findAftercare, mentionsPneumothorax } from './aftercare';
export { findNeedleCounts } from './needle-count';
