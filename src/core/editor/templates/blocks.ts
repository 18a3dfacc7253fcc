// Blocks the built-in note templates share. Prepared text (see ../prepared.ts): every clinical
// statement is a field, ‹what to fill› or ‹a|b|c› for a choice, and stays a placeholder-unfilled
// error until the clinician writes it; headings and labels are structure and go in as they are.
// Template variables: ${patient} and ${date} (what the clinician typed or picked) and ${cursor}
// (where writing starts). A field reads at most 80 characters once its choices are joined with
// " or ", so the placeholder rule sees every one (a test checks it).

/** The front matter: the patient and date as given, the rest to fill. */
export function frontMatter(type: string): string[] {
  return ['---', 'patient: ${patient}', 'date: ${date}', 'visit: ‹number› of ‹planned›', 'clinician: ‹name, credentials›', `type: ${type}`, '---', ''];
}

/** The safety screen before needling, one answer per question. */
export const SCREENING = [
  'Screening: anticoagulants ‹no|yes›; bleeding disorder ‹no|yes›; pregnancy ‹no|yes|not applicable›; implants or devices ‹no|yes›; lymphoedema ‹no|yes›; fainting with needles ‹no|yes›.',
];

/** Consent as it is taken on a first visit: the form, the areas it covers, its date and the risks discussed. */
export const CONSENT_FIRST = [
  'Consent: ‹written|verbal› consent to dry needling of ‹body areas› ‹given|declined› on ‹date›; risks discussed: ‹risks, e.g. pneumothorax, bruising, bleeding, soreness, fainting›.',
];

/** Consent on any visit: the written form (on file, signed today or not), and today's answer. */
export const CONSENT = [
  'Consent: written form ‹on file|signed today|not signed› (dated ‹date›); verbal consent today ‹given|declined›; risks discussed: ‹risks, e.g. pneumothorax, bruising, bleeding, soreness, fainting›.',
];

/**
 * The needling block: one table row of fields per muscle (Insert Needling Record fills it and adds
 * rows), the count and adverse events. No choice fields in the table: a "|" would split its cells.
 */
export const NEEDLING = [
  '### Dry needling',
  '',
  'Position: ‹prone|supine|side-lying|sitting›. Skin preparation: ‹hand hygiene, gloves, skin cleaned›.',
  '',
  '| Muscle | Side | Needle (mm) | n | Technique | LTR | Response |',
  '|---|---|---|---|---|---|---|',
  '| ‹muscle› | ‹R, L or B› | ‹diameter×length› | ‹needles› | ‹technique› | ‹twitch count or none› | ‹referral, tolerance› |',
  '',
  'Needles: ‹count› in / ‹count› out.',
  'Adverse events: ‹none|what happened and what was done›.',
];

/** Screening, consent and the needling of a visit after the first, in that order. */
export const TREATMENT = [...SCREENING, '', ...CONSENT, '', ...NEEDLING];

/** Aftercare given today, with the pneumothorax red flags offered as a choice, never asserted. */
export const AFTERCARE = [
  'Aftercare: ‹advice given, e.g. soreness for 24–72 h, bruising, keep active, when to call›.',
  'Red flags (pneumothorax): ‹reviewed: breathlessness or chest pain means emergency care|not applicable›.',
];

/** Billing: the clinician chooses the codes (for dry needling, by the number of muscles). */
export function billing(cptHint = 'dry needling code for the muscle count'): string[] {
  return ['## Billing', '', `CPT: ‹${cptHint}› · Dx: ‹ICD-10 code›`];
}
