// The shipped handout templates, bundled as text. A clinic's own templates (handout.templatesFolder)
// replace them: the editor and the CLI read those files and pass the text in.
import en from '../../../templates/handout/en/aftercare.md';
import es from '../../../templates/handout/es/aftercare.md';
import type { HandoutLanguage } from '../config/handout';

export const shippedTemplates: Readonly<Record<HandoutLanguage, string>> = { en, es };

/** Where a clinic's own template for a language lives inside its templates folder. */
export const templatePath = (language: HandoutLanguage) => `${language}/aftercare.md`;
