// Examination and palpation: a muscle named with these words was examined, not needled.
import { words } from './pattern';

export const EXAM_TERMS: readonly string[] = [
  'palpable', 'palpated', 'palpation', 'palp', 'on palp', 'TTP', 'ttp', 'tender', 'tenderness', 'tender to palpation', 'taut band', 'taut bands', 'TB', 'TBs',
  'trigger point noted', 'trigger points noted', 'trigger point found', 'trigger points found', 'trigger point identified', 'trigger points identified',
  'trigger point palpated', 'trigger points palpated', 'trigger points present', 'trigger point present', 'TrP noted', 'TrPs noted', 'TrPs present',
  'active TrP', 'active TrPs', 'latent TrP', 'latent TrPs', 'active MTrP', 'active MTrPs', 'latent MTrP', 'active trigger point', 'active trigger points',
  'latent trigger point', 'latent trigger points', 'MMT', 'strength', 'ROM', 'AROM', 'PROM', 'length test', 'flexibility', 'spasm', 'guarding',
  'hypertonic', 'hypertonicity', 'hypertonus', 'inhibited', 'weak', 'weakness', 'atrophy', 'assessed', 'examined', 'exam', 'screened', 'special test', 'special tests',
  'PPT', 'PPTs', 'pressure pain threshold', 'algometry', 'algometer', 'nodule', 'nodules', 'knot', 'knots', 'ropy', 'restricted', 'restriction', 'trigger point', 'trigger points',
];

export const examRe = words(EXAM_TERMS);
