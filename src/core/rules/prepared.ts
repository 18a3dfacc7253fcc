// Statements the quick fixes prepare for the clinician to complete.

import type { Note } from '../model/note';
import type { FixSpec } from './rule';
import type { Vocabulary } from '../vocab';
import { afterLastRecord, insertBlock, lungRecords } from './helpers';

export const AFTERCARE_LINE =
  'Aftercare: post-needling soreness expected for 24–72 h; bruising possible; light activity is fine, avoid strenuous use of the treated muscles for 24 h; do not drive if dizzy or faint; contact the clinic if soreness worsens after 72 h or a site becomes red, hot or swollen.';
export const RED_FLAG_LINE =
  'Pneumothorax red flags reviewed with the patient: chest pain, shortness of breath or pain on breathing, which can start up to 2 days later, mean going to emergency care at once and saying dry needling was done.';

/** An aftercare block after the needling, with pneumothorax red flags when a muscle over the lung was needled. */
export function aftercareFix(note: Note, vocab: Vocabulary): FixSpec {
  const lines = [AFTERCARE_LINE];
  if (lungRecords(note, vocab).length) lines.push(RED_FLAG_LINE);
  return { title: 'Insert aftercare advice to review', edits: [insertBlock(note, afterLastRecord(note), lines)] };
}
