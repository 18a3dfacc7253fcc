import { isObject, kindOf, suggestion } from './check';
import type { ConfigSection } from './section';

// The course of care (`"course"` in .dnlintrc.json): which payer's rules the reminders follow,
// how long a signed consent lasts under the clinic's policy, and how slashed dates are read.
// Payer requirements change and differ by contract, so each is a profile the clinic can edit.

export interface PayerProfile {
  /** A progress report is due on this treatment day of each reporting period (0 = none required). */
  progressReportEvery: number;
  /** The plan of care must be recertified this many calendar days after it starts (0 = no certification). */
  planOfCareDays: number;
}

export interface CourseConfig {
  /** Profile used when a patient's notes name no payer (front matter `payer:`). */
  payer: string;
  /** Built-in profiles (medicare, generic) with the clinic's additions and changes. */
  profiles: Readonly<Record<string, PayerProfile>>;
  /** A signed consent older than this many days is due for renewal (0 = never). */
  consentValidDays: number;
  /** How 03/04/2025 is read: month first (US) or day first. ISO dates are always read. */
  dateOrder: 'month-first' | 'day-first';
}

/**
 * Medicare (CMS Benefit Policy Manual ch. 15 §220.3): a progress report at least once every 10
 * treatment days, the evaluation day counting as the first; the plan of care certified for at
 * most 90 calendar days. "generic" requires neither: a clinic states its payers' rules itself.
 */
export const BUILT_IN_PROFILES: Readonly<Record<string, PayerProfile>> = {
  medicare: { progressReportEvery: 10, planOfCareDays: 90 },
  generic: { progressReportEvery: 0, planOfCareDays: 0 },
};

const DEFAULTS: CourseConfig = { payer: 'generic', profiles: BUILT_IN_PROFILES, consentValidDays: 365, dateOrder: 'month-first' };
const KEYS = ['payer', 'profiles', 'consentValidDays', 'dateOrder'];
const PROFILE_KEYS = ['progressReportEvery', 'planOfCareDays'] as const;

const wholeDays = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= 3650;

export const courseSection: ConfigSection<CourseConfig> = {
  schema: {
    type: 'object',
    description: 'The course of care: payer profiles for progress-report and plan-of-care reminders, consent validity, date order.',
    additionalProperties: false,
    properties: {
      payer: { type: 'string', description: 'Payer profile used when a note names no payer in its front matter (`payer: medicare`). Built in: "medicare", "generic".', default: 'generic' },
      profiles: {
        type: 'object',
        description: 'Payer profiles by name (lower case), added to or changing the built-in "medicare" and "generic".',
        additionalProperties: {
          type: 'object', additionalProperties: false,
          properties: {
            progressReportEvery: { type: 'integer', minimum: 0, maximum: 3650, description: 'A progress report is due on this treatment day of each reporting period; 0 = none required.' },
            planOfCareDays: { type: 'integer', minimum: 0, maximum: 3650, description: 'Calendar days a plan of care is certified for before recertification; 0 = no certification.' },
          },
        },
      },
      consentValidDays: { type: 'integer', minimum: 0, maximum: 3650, default: 365, description: 'A signed consent older than this many days is due for renewal; 0 = consent does not expire.' },
      dateOrder: { enum: ['month-first', 'day-first'], default: 'month-first', description: 'How a slashed date such as 03/04/2025 is read. ISO dates (2025-03-04) are always read.' },
    },
  },
  defaults: DEFAULTS,
  validate(value, problem) {
    if (!isObject(value)) {
      problem(`course: must be an object, not ${kindOf(value)}; using the defaults.`);
      return DEFAULTS;
    }
    const out: CourseConfig = { ...DEFAULTS, profiles: { ...BUILT_IN_PROFILES } };
    const profiles = out.profiles as Record<string, PayerProfile>;
    for (const [key, v] of Object.entries(value)) {
      if (key === 'payer') {
        if (typeof v === 'string' && v.trim()) out.payer = v.trim().toLowerCase();
        else problem(`course.payer: must be a profile name such as "medicare", not ${kindOf(v)}; using "generic".`);
      } else if (key === 'consentValidDays') {
        if (wholeDays(v)) out.consentValidDays = v;
        else problem(`course.consentValidDays: must be a whole number of days from 0 to 3650, not ${kindOf(v)}; using 365.`);
      } else if (key === 'dateOrder') {
        if (v === 'month-first' || v === 'day-first') out.dateOrder = v;
        else problem(`course.dateOrder: must be "month-first" or "day-first", not ${kindOf(v)}; using "month-first".`);
      } else if (key === 'profiles') {
        if (!isObject(v)) {
          problem(`course.profiles: must be an object of payer profiles, not ${kindOf(v)}; ignored.`);
          continue;
        }
        for (const [name, p] of Object.entries(v)) {
          const id = name.trim().toLowerCase();
          if (!isObject(p)) {
            problem(`course.profiles.${name}: must be an object with progressReportEvery and/or planOfCareDays, not ${kindOf(p)}; ignored.`);
            continue;
          }
          const profile: PayerProfile = { ...(profiles[id] ?? BUILT_IN_PROFILES.generic) };
          for (const [k, n] of Object.entries(p)) {
            if (!(PROFILE_KEYS as readonly string[]).includes(k)) problem(`course.profiles.${name}.${k}: unknown setting; ignored.${suggestion(k, [...PROFILE_KEYS])}`);
            else if (!wholeDays(n)) problem(`course.profiles.${name}.${k}: must be a whole number from 0 to 3650, not ${kindOf(n)}; ignored.`);
            else profile[k as (typeof PROFILE_KEYS)[number]] = n;
          }
          profiles[id] = profile;
        }
      } else {
        problem(`course.${key}: unknown setting; ignored.${suggestion(key, KEYS)}`);
      }
    }
    if (!profiles[out.payer]) {
      problem(`course.payer: no profile named "${out.payer}"; using "generic".${suggestion(out.payer, Object.keys(profiles))}`);
      out.payer = 'generic';
    }
    return out;
  },
};
