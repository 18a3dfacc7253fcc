// The course-of-care features (issue 14), registered together from features.ts.
import type { Feature } from '../feature';
import { courseLintFeature } from './course-lint';
import { courseStatusFeature } from './course-status';
import { courseTimelineFeature } from './course-timeline';

export const courseFeatures: readonly Feature[] = [courseLintFeature, courseTimelineFeature, courseStatusFeature];
