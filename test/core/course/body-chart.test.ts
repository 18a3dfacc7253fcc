import assert from 'node:assert/strict';
import { defaultConfig } from '../../../src/core/config/config';
import { parseConfigText } from '../../../src/core/config/parse';
import { buildNote } from '../../../src/core/model/note';
import { chartRecordsFromNote, insetOf, renderBodyChart } from '../../../src/core/course/body-chart';
import { chartRegion, insets, muscleRegion, regionOfMuscle, regions } from '../../../src/core/course/chart-regions';
import { muscles } from '../../../src/core/vocab/muscles';

/** The cx of each shape of a region on one side, from the rendered SVG. */
function centres(svg: string, region: string, side: 'R' | 'L'): number[] {
  const g = new RegExp(`<g class="[^"]*" data-region="${region}" data-side="${side}"[^>]*>(.*?)</g>`).exec(svg);
  assert.ok(g, `${region} ${side} is drawn`);
  return [...g[1].matchAll(/cx="([\d.]+)"/g)].map((m) => Number(m[1]));
}

describe('course: body chart', () => {
  it('has a chart region for every muscle of the vocabulary', () => {
    const missing = muscles.filter((m) => !muscleRegion[m.id] || !chartRegion(muscleRegion[m.id]));
    assert.deepEqual(missing.map((m) => m.id), []);
    assert.deepEqual(Object.keys(muscleRegion).filter((id) => !muscles.some((m) => m.id === id)), [], 'no region entry for a muscle that does not exist');
  });

  it('draws the deep dry-needling targets in insets', () => {
    const deep = ['rhomboid-major', 'rhomboid-minor', 'levator-scapulae', 'anterior-scalene', 'middle-scalene', 'posterior-scalene', 'supraspinatus', 'infraspinatus', 'teres-minor', 'subscapularis',
      'quadratus-lumborum', 'lumbar-multifidus', 'piriformis', 'psoas-major', 'iliacus', 'soleus', 'tibialis-posterior'];
    for (const id of deep) assert.ok(insetOf(muscleRegion[id]), `${id} is in an inset`);
    for (const inset of insets) assert.ok(regions.some((r) => r.view === inset.id), `inset ${inset.id} holds a region`);
    assert.equal(new Set(regions.map((r) => r.id)).size, regions.length);
  });

  it('places a clinic muscle on its parent\'s region, else its body area\'s', () => {
    const { config } = parseConfigText(JSON.stringify({ vocabulary: { muscles: [{ name: 'multifidus L5', parent: 'multifidus' }, { name: 'oddus', region: 'foot' }] } }));
    const l5 = config.vocabulary.muscles.find((m) => m.name.toLowerCase() === 'multifidus l5')!;
    const odd = config.vocabulary.muscles.find((m) => m.name === 'oddus')!;
    assert.equal(regionOfMuscle(l5)?.id, 'multifidus');
    assert.equal(regionOfMuscle(odd)?.id, 'sole');
  });

  it('shades needled regions by side, counts sessions and marks muscles over the lung', () => {
    const svg = renderBodyChart([
      { muscle: 'upper-trapezius', side: 'R', count: 3, lung: true },
      { muscle: 'gluteus-medius', side: 'B', count: 1 },
      { muscle: 'soleus' },
    ]);
    assert.match(svg, /<g class="region needled lung" data-region="upper-trapezius" data-side="R" data-count="3"><title>right upper trapezius: 3 sessions \(over the lung\)<\/title>/);
    assert.match(svg, /<g class="region" data-region="upper-trapezius" data-side="L">/, 'the other side is not shaded');
    assert.match(svg, /data-region="gluteus-medius" data-side="R" data-count="1"/);
    assert.match(svg, /data-region="gluteus-medius" data-side="L" data-count="1"/);
    assert.match(svg, /<g class="region unsided" data-region="soleus" data-side="R"><title>soleus: side not recorded<\/title>/);
    assert.match(svg, /<desc id="bc-d">Needled: right upper trapezius: 3 sessions, over the lung; /);
    // Back view: the patient's right on the viewer's right; front view: on the viewer's left.
    const [backR] = centres(svg, 'upper-trapezius', 'R');
    const [backL] = centres(svg, 'upper-trapezius', 'L');
    assert.ok(backR > backL, 'back view: right is on the right');
    const [frontR] = centres(svg, 'pectoralis-major', 'R');
    const [frontL] = centres(svg, 'pectoralis-major', 'L');
    assert.ok(frontR < frontL, 'front view: right is on the left');
  });

  it('is self-contained: no script, no external reference, escaped text', () => {
    const svg = renderBodyChart([{ muscle: 'upper-trapezius', side: 'R', name: '<img src=x onerror=alert(1)>' }], { title: 'A & B' });
    assert.doesNotMatch(svg, /<script|<img|\son\w+\s*=\s*["']|href=|xlink|url\((?!#)/i);
    assert.match(svg, /<title id="bc-t">A &#38; B<\/title>/);
  });

  it('charts a note\'s own records, with or without a side', () => {
    const note = buildNote('O: DN R upper trapezius 0.25x30 mm, LTR x2. DN soleus 0.30x50 mm.\n', defaultConfig().vocabulary);
    assert.deepEqual(chartRecordsFromNote(note).map((r) => [r.muscle, r.side, r.lung]), [['upper-trapezius', 'R', true], ['soleus', undefined, false]]);
  });
});
