// Risks a dry-needling consent should name (brief §2.2, §13.2 consent_risks), with the words
// forms and notes use for them, so a consent check can recognise "PTX" or "collapsed lung".

import type { ConsentRisk } from './types';

export const consentRisks: readonly ConsentRisk[] = [
  { id: 'pneumothorax', name: 'pneumothorax', aliases: ['PTX', 'collapsed lung', 'punctured lung', 'lung puncture', 'pneumothoraces'] },
  { id: 'bleeding', name: 'bleeding', aliases: ['bleed', 'haemorrhage', 'hemorrhage'] },
  { id: 'bruising', name: 'bruising', aliases: ['bruise', 'haematoma', 'hematoma'] },
  { id: 'soreness', name: 'soreness', aliases: ['post-needling soreness', 'post needling soreness', 'PNS', 'post-treatment soreness', 'pain after treatment'] },
  { id: 'pain-during', name: 'pain during needling', aliases: ['pain during treatment', 'discomfort during needling'] },
  { id: 'infection', name: 'infection', aliases: ['local infection'] },
  { id: 'vasovagal', name: 'fainting', aliases: ['vasovagal', 'vasovagal reaction', 'syncope', 'faint', 'fainting/vasovagal'] },
  { id: 'dizziness', name: 'dizziness', aliases: ['lightheadedness', 'light-headedness'] },
  { id: 'drowsiness', name: 'drowsiness', aliases: ['fatigue', 'drowsiness/fatigue', 'tiredness'] },
  { id: 'nausea', name: 'nausea', aliases: [] },
  { id: 'headache', name: 'headache', aliases: [] },
  { id: 'nerve-injury', name: 'nerve injury', aliases: ['nerve damage', 'nerve irritation'] },
  { id: 'organ-puncture', name: 'organ puncture', aliases: ['organ injury', 'puncture of an organ'] },
  { id: 'needle-breakage', name: 'needle breakage', aliases: ['broken needle', 'stuck needle', 'bent needle', 'needle breakage/stuck needle'] },
  { id: 'emotional-response', name: 'emotional response', aliases: ['altered emotions', 'emotional reaction'] },
  { id: 'aggravation', name: 'aggravation of symptoms', aliases: ['aggravation', 'flare', 'symptom flare', 'worsening of symptoms'] },
  { id: 'allergy', name: 'allergy', aliases: ['allergic reaction', 'metal allergy', 'nickel allergy', 'chromium allergy'] },
];
