// Billing codes (US) that appear around dry needling (brief §8, §13.2). Descriptions are short
// paraphrases, not the licensed CPT text. Codes and rules change yearly: treat as a profile.

import type { CptCode, IcdCode } from './types';

const TPI = 'trigger point injection code: it requires an injected substance; dry needling is 20560/20561';
const ACUPUNCTURE = 'acupuncture code (time-based, 15-minute units); dry needling is 20560/20561, and the two are not billed for the same needling';

export const cptCodes: readonly CptCode[] = [
  // Not time-based: one code per session, chosen by the number of distinct muscles needled.
  { code: '20560', description: 'needle insertion(s) without injection(s), 1 or 2 muscle(s)', minMuscles: 1, maxMuscles: 2 },
  { code: '20561', description: 'needle insertion(s) without injection(s), 3 or more muscles', minMuscles: 3 },
  {
    code: '97140', description: 'manual therapy techniques, each 15 minutes',
    notForDryNeedling: 'manual therapy code: APTA advised against billing dry needling as manual therapy; use 20560/20561', billsAlongside: 'manual-therapy',
  },
  { code: '20552', description: 'trigger point injection(s), 1 or 2 muscle(s)', notForDryNeedling: TPI, billsAlongside: 'injection' },
  { code: '20553', description: 'trigger point injection(s), 3 or more muscles', notForDryNeedling: TPI, billsAlongside: 'injection' },
  { code: '97810', description: 'acupuncture without electrical stimulation, initial 15 minutes', notForDryNeedling: ACUPUNCTURE },
  { code: '97811', description: 'acupuncture without electrical stimulation, each additional 15 minutes', notForDryNeedling: ACUPUNCTURE },
  { code: '97813', description: 'acupuncture with electrical stimulation, initial 15 minutes', notForDryNeedling: ACUPUNCTURE },
  { code: '97814', description: 'acupuncture with electrical stimulation, each additional 15 minutes', notForDryNeedling: ACUPUNCTURE },
  // Unlisted codes were the only option before 2020.
  { code: '20999', description: 'unlisted procedure, musculoskeletal system', notForDryNeedling: 'unlisted code used before 2020; since 1 January 2020 dry needling has its own codes 20560/20561' },
  { code: '97799', description: 'unlisted physical medicine/rehabilitation service or procedure', notForDryNeedling: 'unlisted code used before 2020; since 1 January 2020 dry needling has its own codes 20560/20561' },
  { code: '97110', description: 'therapeutic exercise, each 15 minutes' },
  { code: '97112', description: 'neuromuscular re-education, each 15 minutes' },
  { code: '97530', description: 'therapeutic activities, each 15 minutes' },
  { code: '97161', description: 'physical therapy evaluation, low complexity' },
  { code: '97162', description: 'physical therapy evaluation, moderate complexity' },
  { code: '97163', description: 'physical therapy evaluation, high complexity' },
  { code: '97164', description: 'physical therapy re-evaluation' },
  { code: '97014', description: 'electrical stimulation, unattended' },
  { code: 'G0283', description: 'electrical stimulation, unattended (Medicare)' },
  { code: '97032', description: 'electrical stimulation, attended, each 15 minutes' },
];

// Seed list only; ship the CMS tabular for full validation. The brief marks M54.2, M54.6,
// M25.511/M25.512 and G44.209 as unverified; "myofascial pain syndrome" likely indexes to M79.18.
export const icdCodes: readonly IcdCode[] = [
  { code: 'M79.1', description: 'myalgia', status: 'header', replacements: ['M79.10', 'M79.11', 'M79.12', 'M79.18'] },
  { code: 'M79.10', description: 'myalgia, unspecified site', status: 'billable' },
  { code: 'M79.11', description: 'myalgia of mastication muscle', status: 'billable' },
  { code: 'M79.12', description: 'myalgia of auxiliary muscles, head and neck', status: 'billable' },
  { code: 'M79.18', description: 'myalgia, other site', status: 'billable' },
  { code: 'M79.7', description: 'fibromyalgia', status: 'billable' },
  { code: 'M62.83', description: 'muscle spasm', status: 'header', replacements: ['M62.830', 'M62.831', 'M62.838'] },
  { code: 'M62.830', description: 'muscle spasm of back', status: 'billable' },
  { code: 'M62.831', description: 'muscle spasm of calf', status: 'billable' },
  { code: 'M62.838', description: 'other muscle spasm', status: 'billable' },
  { code: 'M54.2', description: 'cervicalgia', status: 'billable' },
  // Deleted 1 October 2021 and split into three codes.
  { code: 'M54.5', description: 'low back pain', status: 'deleted', replacements: ['M54.50', 'M54.51', 'M54.59'] },
  { code: 'M54.50', description: 'low back pain, unspecified', status: 'billable' },
  { code: 'M54.51', description: 'vertebrogenic low back pain', status: 'billable' },
  { code: 'M54.59', description: 'other low back pain', status: 'billable' },
  { code: 'M54.4', description: 'lumbago with sciatica', status: 'header', replacements: ['M54.40', 'M54.41', 'M54.42'] },
  { code: 'M54.40', description: 'lumbago with sciatica, unspecified side', status: 'billable' },
  { code: 'M54.41', description: 'lumbago with sciatica, right side', status: 'billable' },
  { code: 'M54.42', description: 'lumbago with sciatica, left side', status: 'billable' },
  // FY2025 (1 October 2024) split lumbar and lumbosacral disc degeneration by where the pain is.
  { code: 'M51.36', description: 'other intervertebral disc degeneration, lumbar region', status: 'header', replacements: ['M51.360', 'M51.361', 'M51.362', 'M51.369'] },
  { code: 'M51.360', description: 'other intervertebral disc degeneration, lumbar region, with discogenic back pain only', status: 'billable' },
  { code: 'M51.361', description: 'other intervertebral disc degeneration, lumbar region, with lower extremity pain only', status: 'billable' },
  { code: 'M51.362', description: 'other intervertebral disc degeneration, lumbar region, with discogenic back pain and lower extremity pain', status: 'billable' },
  { code: 'M51.369', description: 'other intervertebral disc degeneration, lumbar region, without mention of back or lower extremity pain', status: 'billable' },
  { code: 'M51.37', description: 'other intervertebral disc degeneration, lumbosacral region', status: 'header', replacements: ['M51.370', 'M51.371', 'M51.372', 'M51.379'] },
  { code: 'M51.370', description: 'other intervertebral disc degeneration, lumbosacral region, with discogenic back pain only', status: 'billable' },
  { code: 'M51.371', description: 'other intervertebral disc degeneration, lumbosacral region, with lower extremity pain only', status: 'billable' },
  { code: 'M51.372', description: 'other intervertebral disc degeneration, lumbosacral region, with discogenic back pain and lower extremity pain', status: 'billable' },
  { code: 'M51.379', description: 'other intervertebral disc degeneration, lumbosacral region, without mention of back or lower extremity pain', status: 'billable' },
  { code: 'M54.6', description: 'pain in thoracic spine', status: 'billable' },
  { code: 'M25.511', description: 'pain in right shoulder', status: 'billable' },
  { code: 'M25.512', description: 'pain in left shoulder', status: 'billable' },
  { code: 'G44.209', description: 'tension-type headache, unspecified, not intractable', status: 'billable' },
  { code: 'G89.29', description: 'other chronic pain', status: 'billable' },
];

export const cptByCode: ReadonlyMap<string, CptCode> = new Map(cptCodes.map((c) => [c.code, c]));
/** Keyed by upper-case code with the dot, e.g. "M54.50". */
export const icdByCode: ReadonlyMap<string, IcdCode> = new Map(icdCodes.map((c) => [c.code, c]));

/** Dry-needling code for a count of distinct muscles, or undefined for 0. */
export function dryNeedlingCodeFor(muscleCount: number): CptCode | undefined {
  return cptCodes.find((c) => c.minMuscles !== undefined && muscleCount >= c.minMuscles && (c.maxMuscles === undefined || muscleCount <= c.maxMuscles));
}
