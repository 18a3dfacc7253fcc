// The Patient Timeline as one self-contained HTML page: outcome scores per visit as small
// generated SVG charts (the band of the smallest important change from the baseline score,
// before → after arrows within a visit), a needling table (muscle × side × visit), adverse events,
// what is due, problems in the course, and the body chart. No scripts at all, so the page runs
// under `default-src 'none'; style-src 'unsafe-inline'; img-src data:`. Every point and cell is
// a plain link to its note (the caller makes the hrefs: command URIs in the editor, anchors in a
// report); links are keyboard-focusable and the page prints.
//
// Generated SVG rather than a charting library: the charts are a handful of points, a band and
// arrows; a library such as uPlot draws on a <canvas> from a script, which this page cannot run,
// and it would add code to audit for a few dozen lines of SVG.
import { chartRecordsFromVisits, renderBodyChart } from './body-chart';
import { importantChange, improvement, thresholdFor, thresholds, type ChangeThreshold } from './mcid';
import type { Visit } from './visit';

export interface TimelineVisit {
  visit: Visit;
  /** Link to the note; `line` (1-based) asks for a place in it. */
  href: (line?: number) => string;
}

export interface TimelineItem {
  text: string;
  href?: string;
}

export interface TimelineOptions {
  patient: string;
  episode?: string;
  /** Oldest first. */
  visits: readonly TimelineVisit[];
  /** What is due at the latest visit (the reminder rules' messages). */
  due?: readonly TimelineItem[];
  /** Problems of the course, in plain words. */
  problems?: readonly TimelineItem[];
  /** Shown in the header of a printed report (clinic name, address). */
  heading?: string;
  /** "Generated on …" line. */
  generated?: string;
  /** Prefix for the ids in the page, when several timelines share one (the episodes of a report). */
  idPrefix?: string;
}

export const TIMELINE_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

const KIND_LABELS: Record<Visit['kinds'][number], string> = {
  evaluation: 'evaluation', 're-evaluation': 're-evaluation', 'progress-report': 'progress report', recertification: 'recertification',
  discharge: 'discharge', 'discharge-plan': 'discharge plan',
};

const esc = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
const num = (n: number) => (Math.round(n * 10) / 10).toString();
const sideWord = (s?: 'L' | 'R' | 'B') => (s === 'L' ? 'L' : s === 'R' ? 'R' : s === 'B' ? 'bilateral' : 'side?');
const fmt = (n: number) => (Number.isInteger(n) ? String(n) : n.toFixed(1));

const CSS = `
:root { color-scheme: light dark; }
body { font: 14px/1.45 system-ui, -apple-system, "Segoe UI", sans-serif; margin: 0 auto; padding: 1rem 1.5rem; max-width: 72rem; }
h1 { font-size: 1.4em; margin: .2em 0; } h2 { font-size: 1.15em; margin: 1.4em 0 .4em; border-bottom: 1px solid rgba(128,128,128,.35); }
.meta { opacity: .85; margin: 0 0 .6em; }
nav.skip a { margin-right: 1em; }
.charts { display: flex; flex-wrap: wrap; gap: 12px; }
figure.chart { margin: 0; background: #fff; color: #222; border: 1px solid #d8d2cb; border-radius: 6px; padding: 6px 8px; }
figure.chart figcaption { font-size: 12px; color: #444; max-width: 340px; }
table { border-collapse: collapse; margin: .4em 0; }
th, td { border: 1px solid rgba(128,128,128,.5); padding: .2em .45em; text-align: left; vertical-align: top; font-size: 13px; }
th { background: rgba(128,128,128,.12); }
td.n { text-align: center; min-width: 3.2em; }
.ae { color: #b91c1c; font-weight: 600; }
.lung { font-size: 11px; border: 1px solid #1d4ed8; color: #1d4ed8; border-radius: 3px; padding: 0 3px; margin-left: 4px; }
ul.items li { margin: .2em 0; }
.due li { color: inherit; }
a:focus-visible { outline: 3px solid #f59e0b; outline-offset: 2px; }
svg a:focus-visible circle, svg a:hover circle { stroke: #f59e0b; stroke-width: 3; }
.body-chart { max-width: 700px; width: 100%; height: auto; background: #fff; border: 1px solid #d8d2cb; border-radius: 6px; }
.scroll { overflow-x: auto; }
@media print {
  :root { color-scheme: light; }
  body { max-width: none; padding: 0; color: #000; background: #fff; font-size: 10pt; }
  nav.skip { display: none; }
  a { color: inherit; text-decoration: none; }
  section, figure.chart, table, tr { break-inside: avoid; }
  .scroll { overflow: visible; }
}
`;

interface Point {
  index: number;
  visit: Visit;
  pre?: number;
  post?: number;
  line: number;
}

function chart(t: ChangeThreshold, points: Point[], count: number, link: (index: number, line?: number) => string, prefix: string): string {
  const W = 340;
  const H = 170;
  const L = 34;
  const R = 10;
  const T = 12;
  const B = 30;
  const x = (i: number) => L + (count === 1 ? (W - L - R) / 2 : ((W - L - R) * i) / (count - 1));
  const y = (v: number) => T + (H - T - B) * (1 - (v - t.min) / (t.max - t.min));
  const parts: string[] = [];
  const first = points[0];
  const baseline = first.pre ?? first.post!;
  const change = importantChange(t, baseline);
  const better = t.direction === 'lower-is-better' ? -1 : 1;
  const edge = Math.min(t.max, Math.max(t.min, baseline + better * change));
  const id = `${prefix}c-${t.measure}`;
  parts.push(`<svg viewBox="0 0 ${W} ${H}" width="${W}" height="${H}" role="group" aria-labelledby="${id}" font-family="system-ui, sans-serif" font-size="10">`);
  parts.push(`<defs><marker id="${id}-arrow" viewBox="0 0 6 6" refX="5" refY="3" markerWidth="6" markerHeight="6" orient="auto-start-reverse"><path d="M0 0 L6 3 L0 6 Z" fill="#0f766e"/></marker></defs>`);
  parts.push(`<rect width="${W}" height="${H}" fill="#ffffff"/>`);
  // Grid and axis
  for (let k = 0; k <= 4; k++) {
    const v = t.min + ((t.max - t.min) * k) / 4;
    parts.push(`<line x1="${L}" x2="${W - R}" y1="${num(y(v))}" y2="${num(y(v))}" stroke="#e5e1dc"/><text x="${L - 4}" y="${num(y(v) + 3)}" text-anchor="end" fill="#555">${fmt(v)}</text>`);
  }
  // The band of the smallest important change from the baseline.
  const top = Math.min(y(baseline), y(edge));
  parts.push(`<rect class="mcid-band" x="${L}" y="${num(top)}" width="${W - L - R}" height="${num(Math.abs(y(edge) - y(baseline)))}" fill="#fde68a" fill-opacity="0.55"><title>${esc(`${t.kind} band: a change of ${fmt(change)} from the baseline ${fmt(baseline)}`)}</title></rect>`);
  parts.push(`<line x1="${L}" x2="${W - R}" y1="${num(y(edge))}" y2="${num(y(edge))}" stroke="#b45309" stroke-dasharray="4 3"/>`);
  // Visit labels
  for (let i = 0; i < count; i++) parts.push(`<text x="${num(x(i))}" y="${H - B + 14}" text-anchor="middle" fill="#555">${i + 1}</text>`);
  parts.push(`<text x="${num((L + W - R) / 2)}" y="${H - 4}" text-anchor="middle" fill="#555">visit (in order)</text>`);
  // The line through the visit scores
  const line = points.map((p) => `${num(x(p.index))},${num(y(p.pre ?? p.post!))}`).join(' ');
  if (points.length > 1) parts.push(`<polyline points="${line}" fill="none" stroke="#64748b" stroke-width="1.2"/>`);
  for (const p of points) {
    const v = p.pre ?? p.post!;
    // Change between visits is what the threshold is about, so the visit's own (before) score counts.
    const important = p !== first && improvement(t, baseline, v) >= change;
    const label = `Visit ${p.visit.number ?? p.index + 1}${p.visit.date ? `, ${p.visit.date}` : ''}: ${t.label.split(' (')[0]} ${p.pre !== undefined ? fmt(p.pre) : ''}${p.post !== undefined ? `${p.pre !== undefined ? ' → ' : 'after treatment '}${fmt(p.post)}` : ''}`;
    parts.push(`<a href="${esc(link(p.index, p.line))}" class="point" data-visit="${p.visit.number ?? ''}" data-date="${p.visit.date ?? ''}" data-measure="${t.measure}" data-value="${fmt(v)}"${p.post !== undefined && p.pre !== undefined ? ` data-post="${fmt(p.post)}"` : ''} aria-label="${esc(label)}"><title>${esc(label)}</title>`);
    if (p.pre !== undefined && p.post !== undefined && p.post !== p.pre) {
      parts.push(`<line x1="${num(x(p.index) + 5)}" y1="${num(y(p.pre))}" x2="${num(x(p.index) + 5)}" y2="${num(y(p.post))}" stroke="#0f766e" stroke-width="1.6" marker-end="url(#${id}-arrow)"/>`);
      parts.push(`<circle cx="${num(x(p.index) + 5)}" cy="${num(y(p.post))}" r="2.5" fill="#ffffff" stroke="#0f766e"/>`);
    }
    parts.push(`<circle cx="${num(x(p.index))}" cy="${num(y(v))}" r="5" fill="${important ? '#15803d' : '#1e40af'}" stroke="#ffffff" stroke-width="1.5"/></a>`);
  }
  parts.push('</svg>');
  const dir = t.direction === 'lower-is-better' ? 'lower is better' : 'higher is better';
  return `<figure class="chart"><figcaption id="${id}"><strong>${esc(t.label)}</strong>, ${dir}. Band: ${t.kind} of ${t.relative ? `${t.value} % of baseline` : fmt(t.value)} from the baseline ${fmt(baseline)} (source: ${esc(t.source)}). Arrows: before → after treatment in one visit; green: changed by at least the ${t.kind}.</figcaption>${parts.join('')}</figure>`;
}

function charts(visits: readonly TimelineVisit[], prefix: string): string {
  const out: string[] = [];
  for (const t of thresholds) {
    const points: Point[] = [];
    visits.forEach(({ visit }, index) => {
      const s = visit.scores.find((x) => x.measure === t.measure);
      if (s && (s.pre !== undefined || s.post !== undefined)) points.push({ index, visit, pre: s.pre, post: s.post, line: s.line });
    });
    if (points.length) out.push(chart(t, points, visits.length, (i, line) => visits[i].href(line), prefix));
  }
  return out.length ? `<div class="charts">${out.join('')}</div>` : '<p>No outcome scores recorded in these notes.</p>';
}

function scoreTable(visits: readonly TimelineVisit[], prefix: string): string {
  const measures = thresholds.filter((t) => visits.some((v) => v.visit.scores.some((s) => s.measure === t.measure)));
  const other = [...new Set(visits.flatMap((v) => v.visit.scores.map((s) => s.measure)))].filter((m) => !thresholdFor(m));
  const cols = [...measures.map((t) => ({ id: t.measure, label: t.label.split(' (')[0] })), ...other.map((m) => ({ id: m, label: m.toUpperCase() }))];
  const head = `<tr><th scope="col">Visit</th><th scope="col">Date</th><th scope="col">Kind</th>${cols.map((c) => `<th scope="col">${esc(c.label)}</th>`).join('')}</tr>`;
  const rows = visits.map(({ visit, href }, i) => {
    const cells = cols.map((c) => {
      const s = visit.scores.find((x) => x.measure === c.id);
      if (!s) return '<td class="n"></td>';
      const text = s.pre !== undefined && s.post !== undefined ? `${fmt(s.pre)} → ${fmt(s.post)}` : fmt((s.pre ?? s.post)!);
      return `<td class="n"><a href="${esc(href(s.line))}">${text}</a></td>`;
    }).join('');
    return `<tr id="${prefix}visit-${i + 1}"><th scope="row"><a href="${esc(href())}">${visit.number !== undefined ? `${visit.number}${visit.planned ? ` of ${visit.planned}` : ''}` : '(no number)'}</a></th><td>${visit.date ?? '(no date)'}</td><td>${esc(visit.kinds.map((k) => KIND_LABELS[k]).join(', '))}</td>${cells}</tr>`;
  }).join('');
  return `<div class="scroll"><table class="scores"><caption class="meta">Scores per visit (before → after treatment)</caption>${head}${rows}</table></div>`;
}

function needlingTable(visits: readonly TimelineVisit[]): string {
  type Row = { key: string; name: string; side?: 'L' | 'R' | 'B'; lung: boolean; region: string };
  const rows = new Map<string, Row>();
  for (const { visit } of visits) {
    for (const m of visit.needled) {
      const key = `${m.muscle}|${m.side ?? ''}`;
      if (!rows.has(key)) rows.set(key, { key, name: m.name, side: m.side, lung: m.lung, region: m.region });
    }
  }
  if (!rows.size) return '<p>No needling recorded in these notes.</p>';
  const sorted = [...rows.values()].sort((a, b) => a.region.localeCompare(b.region) || a.name.localeCompare(b.name) || (a.side ?? '').localeCompare(b.side ?? ''));
  const head = `<tr><th scope="col">Muscle</th>${visits.map(({ visit, href }, i) => {
    const ae = visit.adverseEvents.length ? ` <span class="ae" title="${esc(visit.adverseEvents.map((a) => a.name).join(', '))}">⚠ AE</span>` : '';
    return `<th scope="col"><a href="${esc(href())}">${visit.number ?? i + 1}</a><br><span class="meta">${visit.date?.slice(5) ?? ''}</span>${ae}</th>`;
  }).join('')}</tr>`;
  const body = sorted.map((row) => {
    const cells = visits.map(({ visit, href }) => {
      const m = visit.needled.find((x) => `${x.muscle}|${x.side ?? ''}` === row.key);
      if (!m) return '<td class="n"></td>';
      const bits = [m.needles !== undefined ? `${m.needles}×` : '✓'];
      if (m.twitch?.present) bits.push(`LTR${m.twitch.count ? `×${m.twitch.count}` : ''}`);
      if (m.referral) bits.push('ref');
      const label = `${sideWord(m.side)} ${m.name}, visit ${visit.number ?? ''}: ${m.needles !== undefined ? `${m.needles} needle${m.needles === 1 ? '' : 's'}` : 'needled'}${m.twitch?.present ? ', local twitch' : ''}${m.referral ? ', referral' : ''}`;
      return `<td class="n"><a href="${esc(href(m.line))}" aria-label="${esc(label)}" class="cell" data-muscle="${esc(row.key)}" data-visit="${visit.number ?? ''}">${esc(bits.join(' '))}</a></td>`;
    }).join('');
    return `<tr><th scope="row">${sideWord(row.side)} ${esc(row.name)}${row.lung ? '<span class="lung" title="over the lung or pleura">lung</span>' : ''}</th>${cells}</tr>`;
  }).join('');
  return `<div class="scroll"><table class="needling"><caption class="meta">Needles per muscle and side at each visit; LTR = local twitch responses, ref = referred pain; ⚠ AE = adverse event recorded</caption>${head}${body}</table></div>`;
}

function adverseEvents(visits: readonly TimelineVisit[]): string {
  const items = visits.flatMap(({ visit, href }) => visit.adverseEvents.map((a) =>
    `<li><a href="${esc(href(a.line))}">Visit ${visit.number ?? '?'}${visit.date ? ` (${visit.date})` : ''}</a>: <span class="ae">${esc(a.name)}</span>${a.severity === 'major' ? ' (major)' : ''}</li>`));
  return items.length ? `<ul class="items">${items.join('')}</ul>` : '<p>None recorded.</p>';
}

const list = (items: readonly TimelineItem[]) => `<ul class="items">${items.map((i) => `<li>${i.href ? `<a href="${esc(i.href)}">${esc(i.text)}</a>` : esc(i.text)}</li>`).join('')}</ul>`;

/** The page body (no document wrapper), for embedding. */
export function renderTimelineBody(o: TimelineOptions): string {
  const visits = o.visits;
  const prefix = (o.idPrefix ?? '').replace(/[^\w-]/g, '');
  const dated = visits.map((v) => v.visit.date).filter((d): d is string => Boolean(d));
  const meta = [`${visits.length} ${visits.length === 1 ? 'visit' : 'visits'}`, dated.length ? `${dated[0]} to ${dated[dated.length - 1]}` : '', o.episode ? `episode ${esc(o.episode)}` : ''].filter(Boolean).join(' · ');
  const parts = [
    o.heading ? `<p class="meta">${esc(o.heading)}</p>` : '',
    `<h1>Patient timeline: ${esc(o.patient)}</h1>`,
    `<p class="meta">${meta}${o.generated ? ` · ${esc(o.generated)}` : ''}</p>`,
    `<nav class="skip" aria-label="Sections"><a href="#${prefix}scores">Scores</a><a href="#${prefix}needling">Needling</a><a href="#${prefix}chart">Body chart</a><a href="#${prefix}events">Adverse events</a>`
      + `${o.due?.length ? `<a href="#${prefix}due">Due</a>` : ''}${o.problems?.length ? `<a href="#${prefix}problems">Problems</a>` : ''}</nav>`,
    o.due?.length ? `<section id="${prefix}due" class="due"><h2>Due at the latest visit</h2>${list(o.due)}</section>` : '',
    o.problems?.length ? `<section id="${prefix}problems"><h2>Check these notes</h2>${list(o.problems)}</section>` : '',
    `<section id="${prefix}scores"><h2>Outcome scores</h2>${charts(visits, prefix)}${scoreTable(visits, prefix)}</section>`,
    `<section id="${prefix}needling"><h2>Needling by muscle and side</h2>${needlingTable(visits)}</section>`,
    `<section id="${prefix}chart"><h2>Body chart</h2><p class="meta">Computed from the needling records above: darker = needled in more sessions.</p>${renderBodyChart(chartRecordsFromVisits(visits.map((v) => v.visit)), { idPrefix: `${prefix}timeline`, title: `Muscles needled over the course of care` })}</section>`,
    `<section id="${prefix}events"><h2>Adverse events</h2>${adverseEvents(visits)}</section>`,
  ];
  return parts.filter(Boolean).join('\n');
}

/** A complete page with its content security policy, ready for a webview or a file; several timelines (episodes) follow one another. */
export function renderTimelineHtml(o: TimelineOptions | readonly TimelineOptions[]): string {
  const all = Array.isArray(o) ? o : [o as TimelineOptions];
  return [
    '<!DOCTYPE html>', '<html lang="en">', '<head>', '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${TIMELINE_CSP}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>Patient timeline</title>`, `<style>${CSS}</style>`, '</head>',
    `<body>${all.map((t) => `<article>${renderTimelineBody(t)}</article>`).join('\n')}</body>`, '</html>',
  ].join('\n');
}
