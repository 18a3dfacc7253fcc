// Signing and locking notes (issue 11): each part is its own feature, registered together.
import type { Feature } from '../feature';
import { signAddendumFeature } from './sign-addendum';
import { signBaselineFeature } from './sign-baseline';
import { signCorrectionFeature } from './sign-correction';
import { signKeyFeature } from './sign-key';
import { signLensFeature } from './sign-lens';
import { signNoteFeature } from './sign-note';
import { signUnsignedFeature } from './sign-unsigned';

export const signingFeatures: readonly Feature[] = [
  signBaselineFeature, // first: the others read the baselines
  signNoteFeature,
  signAddendumFeature,
  signCorrectionFeature,
  signLensFeature,
  signUnsignedFeature,
  signKeyFeature,
];
