// The body chart as an SVG string, computed from needling records (never drawn by hand, so it
// cannot disagree with the notes). Used by the preview (one visit), the timeline (the course) and
// the patient handout. The SVG is self-contained: no scripts, no external references, inline
// presentation attributes only, so it shows under a `default-src 'none'` policy and prints.
import type { Note } from '../model/note';
import type { Region } from '../vocab/types';
import { chartRegion, INSET_H, INSET_W, insets, regionOfMuscle, regions, type ChartRegion, type Ellipse, type InsetId } from './chart-regions';
import type { Visit } from './visit';

export interface ChartRecord {
  /** Vocabulary muscle id. */
  muscle: string;
  /** Name for the chart's description; the id's words when absent. */
  name?: string;
  /** Undefined: the side was not recorded (drawn hatched on both sides). */
  side?: 'L' | 'R' | 'B';
  /** Sessions it was needled in (shading); 1 when absent. */
  count?: number;
  /** The muscle lies over the lung or pleura: outlined as such. */
  lung?: boolean;
  /** For a clinic's own muscle: its parent's region, else its body area's. */
  parent?: string;
  region?: Region;
}

export interface BodyChartOptions {
  /** Accessible title of the image. */
  title?: string;
  /** Prefix for ids inside the SVG, when several charts share a page. */
  idPrefix?: string;
  /** Width in CSS pixels (the height follows); default: scales to its container. */
  width?: number;
}

const VIEW_W = 200;
const FRONT_X = 10;
const BACK_X = 225;
const TOP = 22;
const INSET_X = [440, 570];
const WIDTH = 700;
const HEIGHT = 520;

const esc = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
const num = (n: number) => (Math.round(n * 10) / 10).toString();

type SideKey = 'R' | 'L' | '?';

interface Mark {
  region: ChartRegion;
  side: SideKey;
  count: number;
  lung: boolean;
  names: string[];
}

/** Where the view or inset with this id sits, and which way the patient's right points. */
function frame(view: ChartRegion['view']): { x: number; y: number; mid: number; rightSign: 1 | -1 } {
  if (view === 'front') return { x: FRONT_X, y: TOP, mid: FRONT_X + VIEW_W / 2, rightSign: -1 };
  if (view === 'back') return { x: BACK_X, y: TOP, mid: BACK_X + VIEW_W / 2, rightSign: 1 };
  const i = insets.findIndex((s) => s.id === view);
  const x = INSET_X[i % 2];
  const y = TOP + Math.floor(i / 2) * (INSET_H + 16) + 12;
  return { x, y, mid: x + INSET_W / 2, rightSign: insets[i].from === 'front' ? -1 : 1 };
}

function ellipse(shape: Ellipse, view: ChartRegion['view'], side: 'R' | 'L', attrs: string): string {
  const f = frame(view);
  const sign = side === 'R' ? f.rightSign : -f.rightSign;
  const cx = f.mid + sign * shape.dx;
  const cy = f.y + shape.y;
  const rot = (shape.rot ?? 0) * sign;
  const transform = rot ? ` transform="rotate(${num(rot)} ${num(cx)} ${num(cy)})"` : '';
  return `<ellipse cx="${num(cx)}" cy="${num(cy)}" rx="${num(shape.rx)}" ry="${num(shape.ry)}"${transform}${attrs}/>`;
}

function limb(view: 'front' | 'back', from: [number, number], to: [number, number], width: number): string {
  const f = frame(view);
  return (['R', 'L'] as const).map((side) => {
    const sign = side === 'R' ? f.rightSign : -f.rightSign;
    return `<line x1="${num(f.mid + sign * from[0])}" y1="${num(f.y + from[1])}" x2="${num(f.mid + sign * to[0])}" y2="${num(f.y + to[1])}" stroke-width="${width}"/>`;
  }).join('');
}

function silhouette(view: 'front' | 'back'): string {
  const f = frame(view);
  const x = (dx: number) => num(f.mid + dx);
  const y = (v: number) => num(f.y + v);
  const torso = `M${x(-42)} ${y(72)} Q${x(0)} ${y(64)} ${x(42)} ${y(72)} L${x(50)} ${y(84)} L${x(40)} ${y(150)} L${x(34)} ${y(200)} L${x(38)} ${y(238)} L${x(-38)} ${y(238)} L${x(-34)} ${y(200)} L${x(-40)} ${y(150)} L${x(-50)} ${y(84)} Z`;
  const limbs = [
    limb(view, [58, 88], [66, 160], 20), limb(view, [66, 160], [74, 232], 16),
    limb(view, [19, 240], [22, 335], 30), limb(view, [22, 335], [22, 420], 22),
  ].join('');
  const hands = (['R', 'L'] as const).map((s) => ellipse({ dx: 76, y: 250, rx: 8, ry: 13 }, view, s, '')).join('');
  const feet = (['R', 'L'] as const).map((s) => ellipse({ dx: 24, y: 434, rx: 11, ry: 7 }, view, s, '')).join('');
  const spine = view === 'back' ? `<line x1="${x(0)}" y1="${y(70)}" x2="${x(0)}" y2="${y(232)}" stroke="#b9b2aa" stroke-width="1" stroke-dasharray="2 3"/>` : '';
  return `<g fill="#ece8e3" stroke="#b9b2aa" stroke-linecap="round"><ellipse cx="${x(0)}" cy="${y(32)}" rx="19" ry="24"/><rect x="${x(-10)}" y="${y(52)}" width="20" height="20"/><path d="${torso}"/><g stroke="#ece8e3">${limbs}</g>${hands}${feet}</g>${spine}`;
}

/** Groups records by chart region and side; "B" counts for both sides. */
function marks(records: readonly ChartRecord[]): Map<string, Mark> {
  const out = new Map<string, Mark>();
  for (const rec of records) {
    const region = regionOfMuscle({ id: rec.muscle, parent: rec.parent, region: rec.region });
    if (!region) continue;
    const sides: SideKey[] = rec.side === 'B' ? ['R', 'L'] : rec.side ? [rec.side] : ['?'];
    for (const side of sides) {
      const key = `${region.id}|${side}`;
      const m = out.get(key) ?? { region, side, count: 0, lung: false, names: [] };
      m.count += rec.count ?? 1;
      m.lung ||= Boolean(rec.lung);
      const name = rec.name ?? rec.muscle.replace(/-/g, ' ');
      if (!m.names.includes(name)) m.names.push(name);
      out.set(key, m);
    }
  }
  return out;
}

const sideWord = (s: SideKey) => (s === 'R' ? 'right' : s === 'L' ? 'left' : 'side not recorded:');

/** The chart as a standalone SVG element string. */
export function renderBodyChart(records: readonly ChartRecord[], options: BodyChartOptions = {}): string {
  const id = (options.idPrefix ?? 'bc').replace(/[^\w-]/g, '');
  const found = marks(records);
  const max = Math.max(1, ...[...found.values()].map((m) => m.count));
  const described = [...found.values()]
    .sort((a, b) => b.count - a.count || a.region.label.localeCompare(b.region.label))
    .map((m) => `${m.side === '?' ? `${m.names.join(', ')} (side not recorded)` : `${sideWord(m.side)} ${m.names.join(', ')}`}: ${m.count} ${m.count === 1 ? 'session' : 'sessions'}${m.lung ? ', over the lung' : ''}`);
  const title = options.title ?? 'Body chart of the muscles needled';
  const desc = described.length ? `Needled: ${described.join('; ')}.` : 'No needled muscle recorded.';
  const size = options.width ? ` width="${options.width}" height="${Math.round((options.width * HEIGHT) / WIDTH)}"` : '';
  const parts: string[] = [];
  parts.push(`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${WIDTH} ${HEIGHT}"${size} role="img" aria-labelledby="${id}-t ${id}-d" class="body-chart" font-family="system-ui, sans-serif">`);
  parts.push(`<title id="${id}-t">${esc(title)}</title><desc id="${id}-d">${esc(desc)}</desc>`);
  parts.push(`<defs><pattern id="${id}-hatch" width="4" height="4" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="4" height="4" fill="#f6e0c8"/><line x1="0" y1="0" x2="0" y2="4" stroke="#c0622b" stroke-width="1.6"/></pattern></defs>`);
  parts.push(`<rect width="${WIDTH}" height="${HEIGHT}" fill="#ffffff"/>`);
  // Views, side letters, insets
  for (const view of ['front', 'back'] as const) {
    const f = frame(view);
    parts.push(`<text x="${num(f.mid)}" y="14" text-anchor="middle" font-size="12" font-weight="600" fill="#333">${view === 'front' ? 'Front' : 'Back'}</text>`);
    const leftLetter = f.rightSign === -1 ? 'R' : 'L';
    parts.push(`<text x="${num(f.x + 6)}" y="${num(f.y + 80)}" font-size="11" fill="#555">${leftLetter}</text><text x="${num(f.x + VIEW_W - 12)}" y="${num(f.y + 80)}" font-size="11" fill="#555">${leftLetter === 'R' ? 'L' : 'R'}</text>`);
    parts.push(silhouette(view));
  }
  for (const inset of insets) {
    const f = frame(inset.id);
    const leftLetter = f.rightSign === -1 ? 'R' : 'L';
    parts.push(`<g class="inset" data-inset="${inset.id}"><rect x="${num(f.x)}" y="${num(f.y - 12)}" width="${INSET_W}" height="${INSET_H + 12}" rx="4" fill="#faf8f6" stroke="#d8d2cb"/>`
      + `<text x="${num(f.x + 4)}" y="${num(f.y - 2)}" font-size="9" fill="#333">${esc(inset.title)}${inset.from === 'front' ? ' (front)' : ''}</text>`
      + `<text x="${num(f.x + 4)}" y="${num(f.y + INSET_H - 4)}" font-size="8" fill="#777">${leftLetter}</text><text x="${num(f.x + INSET_W - 9)}" y="${num(f.y + INSET_H - 4)}" font-size="8" fill="#777">${leftLetter === 'R' ? 'L' : 'R'}</text>`
      + `<path d="${inset.outline}" transform="translate(${num(f.x)} ${num(f.y)})" fill="none" stroke="#c9c2ba" stroke-width="1.2"/></g>`);
  }
  // Every region, both sides: outline when not needled, shaded when needled.
  for (const region of regions) {
    for (const side of ['R', 'L'] as const) {
      const m = found.get(`${region.id}|${side}`);
      const unsided = found.get(`${region.id}|?`);
      let attrs = ' fill="#d9d3cc" fill-opacity="0.55" stroke="#b0a89f" stroke-width="0.6"';
      let cls = 'region';
      let tip = '';
      if (m) {
        const shade = 0.35 + (0.65 * m.count) / max;
        attrs = ` fill="#c0392b" fill-opacity="${num(shade)}" stroke="${m.lung ? '#1d4ed8' : '#7f1d1d'}" stroke-width="${m.lung ? 1.8 : 0.8}"${m.lung ? ' stroke-dasharray="3 1.5"' : ''}`;
        cls = `region needled${m.lung ? ' lung' : ''}`;
        tip = `${sideWord(side)} ${m.names.join(', ')}: ${m.count} ${m.count === 1 ? 'session' : 'sessions'}${m.lung ? ' (over the lung)' : ''}`;
      } else if (unsided) {
        attrs = ` fill="url(#${id}-hatch)" stroke="#c0622b" stroke-width="0.8"`;
        cls = 'region unsided';
        tip = `${unsided.names.join(', ')}: side not recorded`;
      }
      const data = ` class="${cls}" data-region="${region.id}" data-side="${side}"${m ? ` data-count="${m.count}"` : ''}`;
      const shapes = region.shapes.map((s) => ellipse(s, region.view, side, attrs)).join('');
      parts.push(tip ? `<g${data}><title>${esc(tip)}</title>${shapes}</g>` : `<g${data}>${shapes}</g>`);
    }
  }
  // Legend
  const ly = HEIGHT - 22;
  parts.push(`<g font-size="10" fill="#333"><rect x="12" y="${ly}" width="12" height="9" fill="#c0392b" fill-opacity="0.8" stroke="#7f1d1d"/><text x="28" y="${ly + 8}">needled (darker = more sessions)</text>`
    + `<rect x="205" y="${ly}" width="12" height="9" fill="#c0392b" fill-opacity="0.6" stroke="#1d4ed8" stroke-width="1.8" stroke-dasharray="3 1.5"/><text x="221" y="${ly + 8}">over the lung (pneumothorax risk)</text>`
    + `<rect x="410" y="${ly}" width="12" height="9" fill="url(#${id}-hatch)" stroke="#c0622b"/><text x="426" y="${ly + 8}">side not recorded</text></g>`);
  parts.push('</svg>');
  return parts.join('');
}

/** Records for the chart of a course: one per muscle and side, counting the sessions it was needled in. */
export function chartRecordsFromVisits(visits: readonly Visit[]): ChartRecord[] {
  const byKey = new Map<string, ChartRecord>();
  for (const v of visits) {
    for (const m of v.needled) {
      const key = `${m.muscle}|${m.side ?? ''}`;
      const rec = byKey.get(key) ?? { muscle: m.muscle, name: m.name, side: m.side, count: 0, lung: m.lung, region: m.region };
      rec.count = (rec.count ?? 0) + 1;
      byKey.set(key, rec);
    }
  }
  return [...byKey.values()];
}

/** Records for the chart of one note (the preview): every needled muscle the note names, with or without a side. */
export function chartRecordsFromNote(note: Note): ChartRecord[] {
  const out: ChartRecord[] = [];
  for (const r of note.records) {
    if (r.kind !== 'muscle' || !r.muscle) continue;
    out.push({ muscle: r.muscle.id, name: r.muscle.name, side: r.side, count: 1, lung: r.muscle.risks.includes('lung'), parent: r.muscle.parent, region: r.muscle.region });
  }
  return out;
}

/** The inset a region is drawn in, if any (for tests and the description of deep targets). */
export function insetOf(regionId: string): InsetId | undefined {
  const view = chartRegion(regionId)?.view;
  return view && view !== 'front' && view !== 'back' ? view : undefined;
}
