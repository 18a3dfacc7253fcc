// The body chart under a note's preview: what this visit needled, computed from the note's own
// needling records (src/core/editor/preview.ts appends it). Nothing when no muscle was needled.
import { defaultConfig } from '../config/config';
import { buildNote } from '../model/note';
import type { Vocabulary } from '../vocab';
import { chartRecordsFromNote, renderBodyChart } from './body-chart';

export function bodyChartSection(text: string, vocabulary: Vocabulary = defaultConfig().vocabulary): string {
  const records = chartRecordsFromNote(buildNote(text, vocabulary));
  if (!records.length) return '';
  const svg = renderBodyChart(records, { idPrefix: 'preview-chart', title: 'Body chart of the muscles needled at this visit' });
  return `<section class="body-chart-section"><h2>Body chart</h2><p>Computed from this note's needling records (darker = more needles recorded; dashed = over the lung).</p>`
    + `<div style="max-width:44rem">${svg.replace('<svg ', '<svg style="width:100%;height:auto" ')}</div></section>`;
}
