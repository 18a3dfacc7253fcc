// The smallest change in each outcome measure that matters to the patient, from the clinical
// brief §9, with what kind of threshold it is and where it comes from. The timeline draws it as a
// band from the first (baseline) score; a score beyond the band has changed by at least this much.

export type Direction = 'lower-is-better' | 'higher-is-better';

export interface ChangeThreshold {
  /** Measure id as in vocab/outcomes.ts. */
  measure: string;
  /** Name shown on the chart. */
  label: string;
  /** Points of the scale, or a percentage of the baseline score when `relative`. */
  value: number;
  relative?: boolean;
  /** What the number is: minimal clinically important difference, minimal important change, or minimal detectable change. */
  kind: 'MCID' | 'MIC' | 'MDC';
  direction: Direction;
  /** Range of the scale as charted. */
  min: number;
  max: number;
  /** Source tag in the brief's references; "[U]" = unsourced, verify. */
  source: string;
}

export const thresholds: readonly ChangeThreshold[] = [
  { measure: 'nprs', label: 'NPRS (pain 0–10)', value: 2, kind: 'MCID', direction: 'lower-is-better', min: 0, max: 10, source: 'PMC-OA-Measures' },
  { measure: 'vas', label: 'VAS (pain, mm)', value: 17.5, kind: 'MCID', direction: 'lower-is-better', min: 0, max: 100, source: 'PMC-OA-Measures' },
  { measure: 'ndi', label: 'NDI (0–50)', value: 5, kind: 'MDC', direction: 'lower-is-better', min: 0, max: 50, source: 'Noterro-NDI, Metriks-NDI' },
  { measure: 'ndi-percent', label: 'NDI (%)', value: 10, kind: 'MDC', direction: 'lower-is-better', min: 0, max: 100, source: 'Noterro-NDI, Metriks-NDI' },
  { measure: 'odi', label: 'ODI (%)', value: 6, kind: 'MCID', direction: 'lower-is-better', min: 0, max: 100, source: 'Clinit-Physio (vendor; verify)' },
  { measure: 'psfs', label: 'PSFS (0–10)', value: 2, kind: 'MIC', direction: 'higher-is-better', min: 0, max: 10, source: 'Rysstad-2020' },
  { measure: 'quickdash', label: 'QuickDASH (0–100)', value: 11, kind: 'MIC', direction: 'lower-is-better', min: 0, max: 100, source: 'Rysstad-2020 (MIC 11–14)' },
  { measure: 'dash', label: 'DASH (0–100)', value: 10, kind: 'MCID', direction: 'lower-is-better', min: 0, max: 100, source: 'Clinit-Physio (vendor)' },
  { measure: 'lefs', label: 'LEFS (0–80)', value: 9, kind: 'MCID', direction: 'higher-is-better', min: 0, max: 80, source: '[U] commonly cited 9 points; verify' },
  { measure: 'womac', label: 'WOMAC (0–96)', value: 12, relative: true, kind: 'MCID', direction: 'lower-is-better', min: 0, max: 96, source: 'PMC-OA-Measures (12 % of baseline)' },
];

const byMeasure = new Map(thresholds.map((t) => [t.measure, t]));

export function thresholdFor(measure: string): ChangeThreshold | undefined {
  return byMeasure.get(measure);
}

/** The change that matters from `baseline`, in points of the scale. */
export function importantChange(t: ChangeThreshold, baseline: number): number {
  return t.relative ? (baseline * t.value) / 100 : t.value;
}

/** Signed improvement from `from` to `to` (positive = better), in points. */
export function improvement(t: ChangeThreshold, from: number, to: number): number {
  return t.direction === 'lower-is-better' ? from - to : to - from;
}
