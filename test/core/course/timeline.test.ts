import assert from 'node:assert/strict';
import { defaultConfig } from '../../../src/core/config/config';
import { buildNote } from '../../../src/core/model/note';
import { CourseIndex } from '../../../src/core/course/index';
import { renderTimelineHtml, TIMELINE_CSP } from '../../../src/core/course/timeline';
import { timelineOptions } from '../../../src/core/course/timeline-input';
import { readHeader, visitOf, type Visit } from '../../../src/core/course/visit';
import { needling, visitNote } from './notes';

const config = defaultConfig();

function timeline(texts: Record<string, string>, today = '2025-03-01'): string {
  const idx = new CourseIndex();
  const full = new Map<string, Visit>();
  for (const [path, text] of Object.entries(texts)) {
    idx.upsert(path, readHeader(text));
    full.set(path, visitOf(buildNote(text, config.vocabulary), config));
  }
  const course = idx.course(idx.courses()[0].key)!;
  return renderTimelineHtml(timelineOptions({ course, full: (p) => full.get(p), config, today, href: (p, line) => `note:${p}#${line ?? 1}`, name: (p) => p, linkProblems: true }));
}

const visit = (n: number, date: string, nprs: string, extra: { body?: string; type?: string } = {}) =>
  visitNote({ patient: 'EX-7', visit: `${n} of 4`, date, type: extra.type, body: extra.body ?? needling([['upper trapezius', 'R']]).replace('Neck pain.', `NPRS ${nprs} today.`) });

describe('course: timeline page', () => {
  const html = timeline({
    '1.md': visit(1, '2025-01-06', '6/10 → 4/10', { type: 'initial evaluation' }),
    '2.md': visit(2, '2025-01-13', '5/10', { body: needling([['upper trapezius', 'R'], ['levator scapulae', 'L']], { nprs: 5 }) + '\nAE: small bruise at the levator site.\n' }),
    '3.md': visit(3, '2025-01-20', '3/10 → 2/10'),
  });

  it('is one page with a strict policy and nothing that runs or loads', () => {
    assert.match(html, new RegExp(`<meta http-equiv="Content-Security-Policy" content="${TIMELINE_CSP}">`));
    assert.equal(TIMELINE_CSP, "default-src 'none'; style-src 'unsafe-inline'; img-src data:");
    assert.doesNotMatch(html, /<script|\son\w+=|javascript:|<iframe|<img|https?:\/\/(?!www\.w3\.org\/2000\/svg)/i);
  });

  it('draws one linked point per visit score, with before → after arrows and the MCID band from the baseline', () => {
    const points = [...html.matchAll(/<a href="([^"]*)" class="point" data-visit="(\d*)" data-date="([^"]*)" data-measure="nprs" data-value="([\d.]+)"(?: data-post="([\d.]+)")?/g)]
      .map((m) => [m[2], m[3], m[4], m[5], m[1]]);
    assert.deepEqual(points, [
      ['1', '2025-01-06', '6', '4', 'note:1.md#9'], ['2', '2025-01-13', '5', undefined, 'note:2.md#8'], ['3', '2025-01-20', '3', '2', 'note:3.md#8'],
    ]);
    assert.equal((html.match(/marker-end="url\(#c-nprs-arrow\)"/g) ?? []).length, 2, 'an arrow for each visit with before and after');
    assert.match(html, /<rect class="mcid-band"[^>]*><title>MCID band: a change of 2 from the baseline 6<\/title>/);
    assert.match(html, /aria-label="Visit 3, 2025-01-20: NPRS 3 → 2"/);
  });

  it('tables needling by muscle and side per visit, marks adverse events and muscles over the lung', () => {
    assert.match(html, /<th scope="row">R upper trapezius<span class="lung"/);
    assert.match(html, /<th scope="row">L levator scapulae<span class="lung"/);
    assert.equal((html.match(/class="cell" data-muscle="upper-trapezius\|R"/g) ?? []).length, 3);
    assert.match(html, /<a href="note:2.md#1">2<\/a><br><span class="meta">01-13<\/span> <span class="ae" title="bruising">⚠ AE<\/span>/);
    assert.match(html, /Visit 2 \(2025-01-13\)<\/a>: <span class="ae">bruising<\/span>/);
    assert.match(html, /data-region="upper-trapezius" data-side="R" data-count="3"/, 'the body chart counts sessions');
  });

  it('lists the course\'s problems and what is due at the latest visit', () => {
    const withProblems = timeline({
      '1.md': visitNote({ patient: 'EX-8', visit: '1 of 2', date: '2025-01-06' }),
      '1b.md': visitNote({ patient: 'EX-8', visit: '1 of 2', date: '2025-01-06' }),
      '2.md': visitNote({ patient: 'EX-8', visit: '2 of 2', date: '2025-01-13' }),
    });
    assert.match(withProblems, /<section id="due"[^]*Visit 2 of 2 is the last planned visit/);
    assert.match(withProblems, /<a href="note:1.md#1">Visit 1 is claimed by 2 notes: 1.md and 1b.md/);
    assert.match(withProblems, /2 notes of this episode are dated 2025-01-06/);
  });
});
