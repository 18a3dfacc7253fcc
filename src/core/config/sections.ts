// Parts of the configuration that features own, one module each. Add a section here and its
// key is accepted in `.dnlintrc.json`, checked, listed in the schema and typed on ResolvedConfig.
import { clinicSection } from './clinic';
import { cliniciansSection } from './clinicians';
import { courseSection } from './course';
import { handoutSection } from './handout';
import type { ConfigSection } from './section';

export const sections = {
  clinic: clinicSection,
  clinicians: cliniciansSection,
  course: courseSection,
  handout: handoutSection,
} satisfies Record<string, ConfigSection<unknown>>;

export type SectionKey = keyof typeof sections;

/** Each section's resolved value, by key: `config.clinic`. */
export type SectionValues = { [K in SectionKey]: (typeof sections)[K]['defaults'] };
