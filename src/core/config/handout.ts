import { isObject, kindOf, suggestion } from './check';
import type { ConfigSection } from './section';

// How the clinic's aftercare handouts are made (src/core/handout): language, paper, print size,
// the clinic's heat-or-ice advice and a folder of its own templates. The clinic's name, phone and
// after-hours advice come from the `clinic` section.

export type HandoutLanguage = 'en' | 'es';
export type PaperSize = 'A4' | 'Letter';
/** Sources disagree on heat or ice after needling (clinical brief §4), so the clinic chooses. */
export type HeatOrIce = 'heat' | 'ice' | 'either' | 'none';

export interface HandoutConfig {
  language: HandoutLanguage;
  paperSize: PaperSize;
  largePrint: boolean;
  heatOrIce: HeatOrIce;
  /** Folder (relative to the configuration file) with `<language>/aftercare.md` templates that replace the shipped ones. */
  templatesFolder?: string;
}

const LANGUAGES: readonly HandoutLanguage[] = ['en', 'es'];
const PAPER: readonly PaperSize[] = ['A4', 'Letter'];
const HEAT_OR_ICE: readonly HeatOrIce[] = ['heat', 'ice', 'either', 'none'];
const KEYS = ['language', 'paperSize', 'largePrint', 'heatOrIce', 'templatesFolder'] as const;

const DEFAULTS: HandoutConfig = { language: 'en', paperSize: 'A4', largePrint: false, heatOrIce: 'either' };

function oneOf<T extends string>(key: string, v: unknown, allowed: readonly T[], problem: (m: string) => void): T | undefined {
  if (typeof v === 'string' && (allowed as readonly string[]).includes(v)) return v as T;
  const near = typeof v === 'string' ? suggestion(v, [...allowed]) : '';
  problem(`handout.${key}: must be one of ${allowed.map((a) => `"${a}"`).join(', ')}, not ${kindOf(v)}; using "${(DEFAULTS as unknown as Record<string, string>)[key]}".${near}`);
  return undefined;
}

export const handoutSection: ConfigSection<HandoutConfig> = {
  schema: {
    type: 'object',
    description: 'Aftercare handouts for patients: language, paper, print size, heat-or-ice advice and the clinic\'s own templates.',
    additionalProperties: false,
    properties: {
      language: { type: 'string', enum: [...LANGUAGES], default: DEFAULTS.language, description: 'Language of the handout: "en" (English) or "es" (Spanish).' },
      paperSize: { type: 'string', enum: [...PAPER], default: DEFAULTS.paperSize, description: 'Paper size of the PDF: "A4" or "Letter".' },
      largePrint: { type: 'boolean', default: DEFAULTS.largePrint, description: 'Larger type in the PDF and the print preview, for patients who need it.' },
      heatOrIce: { type: 'string', enum: [...HEAT_OR_ICE], default: DEFAULTS.heatOrIce, description: 'What the handout says about heat or ice for soreness: "heat", "ice", "either" (whichever feels better) or "none" (not mentioned).' },
      templatesFolder: { type: 'string', description: 'Folder, relative to this file, holding the clinic\'s own templates as <language>/aftercare.md (for example handouts/en/aftercare.md). They replace the shipped templates.' },
    },
  },
  defaults: DEFAULTS,
  validate(value, problem) {
    if (!isObject(value)) {
      problem(`handout: must be an object with the handout settings, not ${kindOf(value)}; using the defaults.`);
      return { ...DEFAULTS };
    }
    const out: HandoutConfig = { ...DEFAULTS };
    for (const [key, v] of Object.entries(value)) {
      switch (key) {
        case 'language': out.language = oneOf(key, v, LANGUAGES, problem) ?? out.language; break;
        case 'paperSize': out.paperSize = oneOf(key, v, PAPER, problem) ?? out.paperSize; break;
        case 'heatOrIce': out.heatOrIce = oneOf(key, v, HEAT_OR_ICE, problem) ?? out.heatOrIce; break;
        case 'largePrint':
          if (typeof v === 'boolean') out.largePrint = v;
          else problem(`handout.largePrint: must be true or false, not ${kindOf(v)}; using false.`);
          break;
        case 'templatesFolder':
          if (typeof v === 'string' && v.trim()) out.templatesFolder = v.trim();
          else problem(`handout.templatesFolder: must be a folder path, not ${kindOf(v)}; using the shipped templates.`);
          break;
        default:
          problem(`handout.${key}: unknown setting; ignored.${suggestion(key, [...KEYS])}`);
      }
    }
    return out;
  },
};
