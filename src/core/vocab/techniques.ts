// Needling techniques and approaches as clinicians write them (brief §1.4, §13.2).
// `requires` lists what a complete record of the technique states, for completeness rules.

import type { Technique } from './types';

export const techniques: readonly Technique[] = [
  { id: 'pistoning', name: 'pistoning', aliases: ['in-and-out', 'in and out', 'fast-in fast-out', 'fast-in/fast-out', 'fast in fast out', 'pecking', 'sparrow pecking', 'pistoned'] },
  { id: 'static', name: 'static', aliases: ['in situ', 'retained', 'needle retention', 'static retention', 'left in situ'], requires: ['minutes'] },
  { id: 'rotation', name: 'rotation', aliases: ['winding', 'twirling', 'rotated', 'unidirectional rotation', 'bidirectional rotation'] },
  {
    id: 'electrical', name: 'electrical dry needling',
    aliases: ['EDN', 'PENS', 'IMES', 'e-stim', 'e-stim via needles', 'electrical DN', 'electrical stimulation via needles', 'percutaneous electrical nerve stimulation', 'intramuscular electrical stimulation'],
    // Intensity may be mA, "to tolerance" or "visible contraction".
    requires: ['frequency (Hz)', 'pulse width (µs)', 'intensity', 'minutes'],
  },
  { id: 'superficial', name: 'superficial dry needling', aliases: ['SDN', 'superficial DN', 'superficial'] },
  { id: 'deep', name: 'deep dry needling', aliases: ['DDN', 'deep DN', 'deep'] },
  { id: 'ims', name: 'intramuscular stimulation', aliases: ['IMS', 'Gunn IMS'] },
];

/** How the needle was placed and guided; safety rules look for these at thoracic sites. */
export const approaches: readonly Technique[] = [
  { id: 'pincer-grip', name: 'pincer grip', aliases: ['pincer palpation', 'pinch palpation', 'pincer grasp', 'pincer'] },
  { id: 'flat-palpation', name: 'flat palpation', aliases: ['flat palp'] },
  { id: 'rib-bracketing', name: 'rib bracketing', aliases: ['bracketing', 'bracketed over rib', 'bracketed against rib'] },
  { id: 'intercostal-block', name: 'intercostal block', aliases: ['intercostal blocking'] },
  { id: 'directed-caudally', name: 'directed caudally', aliases: ['caudal direction', 'caudally'] },
  { id: 'directed-cranially', name: 'directed cranially', aliases: ['cranial direction', 'cranially'] },
  { id: 'directed-medially', name: 'directed medially', aliases: ['medially'] },
  { id: 'directed-laterally', name: 'directed laterally', aliases: ['laterally'] },
  { id: 'toward-rib', name: 'toward rib', aliases: ['towards rib', 'onto rib'] },
  { id: 'toward-lamina', name: 'toward lamina', aliases: ['towards lamina', 'onto lamina'] },
  { id: 'tangential', name: 'tangential', aliases: ['tangential insertion'] },
  { id: 'perpendicular', name: 'perpendicular', aliases: ['perpendicular insertion'] },
  { id: 'oblique', name: 'oblique insertion', aliases: ['oblique angle'] },
  { id: 'ultrasound-guided', name: 'ultrasound-guided', aliases: ['US-guided', 'US guided', 'under ultrasound'] },
];
