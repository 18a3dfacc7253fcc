// The patient handout, as one entry in features.ts: Create Patient Handout (command and quick fix
// on aftercare-missing), the print preview, PDF export of handouts and notes, and the reading
// grade and plain-word hints while a handout template is edited.
import type { Feature } from '../feature';
import { handoutCreateFeature } from './handout-create';
import { handoutExportFeature } from './handout-export';
import { handoutPreviewFeature } from './handout-preview';
import { handoutTemplateFeature } from './handout-template';

const parts: readonly Feature[] = [handoutCreateFeature, handoutPreviewFeature, handoutExportFeature, handoutTemplateFeature];

export const handoutFeature: Feature = {
  name: `patient handout (${parts.map((p) => p.name).join('; ')})`,
  register(services) {
    for (const p of parts) p.register(services);
  },
};
