import { isObject, kindOf, suggestion } from './check';
import type { ConfigSection } from './section';

// The clinic's own details, used wherever the extension writes for someone outside the clinic
// (a patient handout, a report for a referrer). Nothing here is clinical.

export interface ClinicConfig {
  name?: string;
  phone?: string;
  /** What a patient should do out of hours, in the clinic's words. */
  afterHours?: string;
  address?: string;
}

const KEYS = ['name', 'phone', 'afterHours', 'address'] as const;

export const clinicSection: ConfigSection<ClinicConfig> = {
  schema: {
    type: 'object',
    description: 'The clinic\'s details, printed on patient handouts and reports.',
    additionalProperties: false,
    properties: {
      name: { type: 'string', description: 'Clinic name.' },
      phone: { type: 'string', description: 'Phone number patients call with questions.' },
      afterHours: { type: 'string', description: 'What to do out of hours, e.g. "call 111" or "go to the nearest emergency department".' },
      address: { type: 'string', description: 'Postal address.' },
    },
  },
  defaults: {},
  validate(value, problem) {
    if (!isObject(value)) {
      problem(`clinic: must be an object with the clinic's details, not ${kindOf(value)}; ignored.`);
      return {};
    }
    const out: ClinicConfig = {};
    for (const [key, v] of Object.entries(value)) {
      if (!(KEYS as readonly string[]).includes(key)) problem(`clinic.${key}: unknown setting; ignored.${suggestion(key, [...KEYS])}`);
      else if (typeof v !== 'string') problem(`clinic.${key}: must be text, not ${kindOf(v)}; ignored.`);
      else out[key as (typeof KEYS)[number]] = v;
    }
    return out;
  },
};
