// Session-level statements: consent, aftercare, risks put to the patient, needle counts. Each is found wherever it
// stands: a labelled line, a bullet, a table row, a heading with lines under it, front matter.
export * from './types';
export { classifyConsent, findConsent, needlingStopped } from './consent';
export { findAftercare, mentionsPneumothorax } from './aftercare';
export { findNeedleCounts } from './needle-count';
export { findRiskDisclosures, namesPneumothoraxNow, type RiskDisclosure } from './risk-disclosure';
