// Pain and outcome measures recorded around needling, with valid ranges (brief §9, §13.2),
// so a linter can catch "NPRS 12/10" or "NDI 62" (raw NDI tops out at 50).

import type { OutcomeMeasure } from './types';

export const outcomeMeasures: readonly OutcomeMeasure[] = [
  { id: 'nprs', name: 'NPRS', aliases: ['NRS', 'NPS', 'numeric pain rating scale', 'numeric rating scale', 'pain', 'pain score', 'pain rating'], min: 0, max: 10, unit: 'points' },
  // Stored in millimetres; a 0-10 cm VAS reads as 0-100 after conversion.
  { id: 'vas', name: 'VAS', aliases: ['visual analogue scale', 'visual analog scale', 'VAS pain'], min: 0, max: 100, unit: 'mm' },
  { id: 'ndi', name: 'NDI', aliases: ['neck disability index', 'NDI raw'], min: 0, max: 50, unit: 'points' },
  { id: 'ndi-percent', name: 'NDI %', aliases: ['NDI percent', 'NDI (%)'], min: 0, max: 100, unit: '%' },
  { id: 'odi', name: 'ODI', aliases: ['Oswestry', 'Oswestry disability index', 'Oswestry low back pain disability questionnaire'], min: 0, max: 100, unit: '%' },
  { id: 'psfs', name: 'PSFS', aliases: ['patient-specific functional scale', 'patient specific functional scale'], min: 0, max: 10, unit: 'points' },
  { id: 'quickdash', name: 'QuickDASH', aliases: ['QDASH', 'Quick DASH', 'QuickDASH score'], min: 0, max: 100, unit: 'points' },
  { id: 'dash', name: 'DASH', aliases: ['disabilities of the arm, shoulder and hand'], min: 0, max: 100, unit: 'points' },
  { id: 'lefs', name: 'LEFS', aliases: ['lower extremity functional scale'], min: 0, max: 80, unit: 'points' },
  { id: 'womac', name: 'WOMAC', aliases: ['Western Ontario and McMaster Universities Osteoarthritis Index'], min: 0, max: 96, unit: 'points' },
  // Upper bound depends on the algometer; 15 kg/cm² is the brief's working ceiling.
  { id: 'ppt', name: 'PPT', aliases: ['pressure pain threshold', 'algometry'], min: 0, max: 15, unit: 'kg/cm²' },
];
