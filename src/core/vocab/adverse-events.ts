// Adverse events after needling (brief §7.2, §13.2). Severity follows the DN surveys:
// minor = short and reversible; major = needs medical care or causes lasting harm.

import type { AdverseEvent } from './types';

export const adverseEvents: readonly AdverseEvent[] = [
  { id: 'bleeding', name: 'bleeding', aliases: ['bled', 'minor bleeding', 'hemostasis with pressure', 'haemostasis with pressure'], severity: 'minor' },
  { id: 'bruising', name: 'bruising', aliases: ['bruise', 'small bruise', 'ecchymosis'], severity: 'minor' },
  { id: 'pain-during-treatment', name: 'pain during treatment', aliases: ['pain during needling', 'pain during DN'], severity: 'minor' },
  { id: 'pain-after-treatment', name: 'pain after treatment', aliases: ['post-needling soreness', 'PNS', 'post needling soreness', 'DOMS-like soreness', 'soreness', 'pain after needling'], severity: 'minor' },
  { id: 'aggravation', name: 'aggravation of symptoms', aliases: ['aggravation', 'flare', 'flare-up', 'symptom flare'], severity: 'minor' },
  { id: 'drowsiness', name: 'drowsiness', aliases: ['drowsy', 'sleepy'], severity: 'minor' },
  { id: 'fatigue', name: 'fatigue', aliases: ['tired', 'tiredness'], severity: 'minor' },
  { id: 'headache', name: 'headache', aliases: ['HA'], severity: 'minor' },
  { id: 'nausea', name: 'nausea', aliases: ['nauseous', 'nauseated'], severity: 'minor' },
  { id: 'dizziness', name: 'dizziness', aliases: ['dizzy', 'lightheaded', 'light-headed'], severity: 'minor' },
  { id: 'altered-emotions', name: 'altered emotions', aliases: ['emotional response', 'tearful', 'emotional'], severity: 'minor' },
  { id: 'shaking', name: 'shaking', aliases: ['trembling', 'shaky'], severity: 'minor' },
  { id: 'itching', name: 'itching', aliases: ['itchy', 'pruritus'], severity: 'minor' },
  { id: 'claustrophobia', name: 'claustrophobia', aliases: ['claustrophobic'], severity: 'minor' },
  { id: 'numbness', name: 'numbness', aliases: ['numb', 'tingling', 'paraesthesia', 'paresthesia'], severity: 'minor' },
  { id: 'vasovagal', name: 'vasovagal reaction', aliases: ['vasovagal', 'presyncope', 'pre-syncope', 'felt faint', 'faint', 'needle shock'], severity: 'minor' },
  { id: 'syncope', name: 'syncope', aliases: ['fainted', 'fainting', 'loss of consciousness', 'LOC'], severity: 'minor' },
  { id: 'pneumothorax', name: 'suspected pneumothorax', aliases: ['pneumothorax', 'PTX', 'suspected PTX', 'collapsed lung', 'punctured lung'], severity: 'major' },
  { id: 'excessive-bleeding', name: 'excessive bleeding', aliases: ['haematoma', 'hematoma', 'large haematoma', 'large hematoma'], severity: 'major' },
  { id: 'prolonged-aggravation', name: 'prolonged aggravation', aliases: ['prolonged flare', 'persistent aggravation'], severity: 'major' },
  { id: 'nerve-injury', name: 'nerve injury', aliases: ['nerve damage', 'nerve irritation', 'neuropraxia', 'neurapraxia'], severity: 'major' },
  { id: 'infection', name: 'infection', aliases: ['local infection', 'cellulitis', 'abscess'], severity: 'major' },
  { id: 'organ-puncture', name: 'organ puncture', aliases: ['organ injury', 'peritoneal puncture', 'kidney puncture'], severity: 'major' },
  { id: 'cardiac-tamponade', name: 'cardiac tamponade', aliases: ['tamponade'], severity: 'major' },
  { id: 'broken-needle', name: 'broken needle', aliases: ['needle breakage', 'needle broke', 'fractured needle'], severity: 'major' },
  { id: 'retained-needle', name: 'retained needle', aliases: ['forgotten needle', 'needle left in', 'needle not removed'], severity: 'major' },
];

/** Needle events that are not harm by themselves but must be recorded (brief §7.2). */
export const needleEvents: readonly string[] = ['stuck needle', 'bent needle', 'broken needle', 'retained needle'];
