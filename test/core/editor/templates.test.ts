import assert from 'node:assert/strict';
import { lint } from '../../../src/core/engine/lint';
import { fieldsOf, toPlain } from '../../../src/core/editor/prepared';
import { renderNoteBody, renderPreviewHtml } from '../../../src/core/editor/preview';
import { renderTemplate } from '../../../src/core/editor/template';
import { DEFAULT_NOTE_TEMPLATE, NOTE_TEMPLATES, templateById } from '../../../src/core/editor/templates';
import { createVocabulary } from '../../../src/core/vocab';

const vocab = createVocabulary();
const render = (text: string) => renderTemplate(text, { patient: 'P1', date: '2025-03-04' });
/** What a note states before anything is filled in: the text with its fields taken out. */
const stated = (text: string) => text.replace(/‹[^›\r\n]*›/g, '');

describe('built-in note templates', () => {
  it('are the full visit (the default), initial evaluation, follow-up, re-evaluation and discharge', () => {
    assert.deepEqual(NOTE_TEMPLATES.map((t) => t.id), ['visit', 'initial-evaluation', 'follow-up', 're-evaluation', 'discharge']);
    assert.equal(DEFAULT_NOTE_TEMPLATE.id, 'visit');
    assert.equal(templateById('discharge')?.name, 'Discharge');
    assert.equal(templateById('nope'), undefined);
  });

  it('the default is the whole visit: front matter, S, O with screening, consent and needling, A, P with aftercare and red flags, billing', () => {
    const { text } = render(DEFAULT_NOTE_TEMPLATE.text);
    const n = lint(text).note;
    assert.deepEqual(Object.keys(n.frontMatter?.data ?? {}), ['patient', 'date', 'visit', 'clinician', 'type']);
    assert.equal(n.frontMatter?.data?.patient, 'P1');
    assert.equal(n.frontMatter?.data?.clinician, '‹name, credentials›');
    for (const part of [/^## Subjective$/m, /^## Objective$/m, /^Screening: /m, /^Consent: /m, /^### Dry needling$/m, /^\| Muscle \| Side \| Needle \(mm\) \|/m,
      /^Needles: ‹count› in \/ ‹count› out\.$/m, /^Adverse events: /m, /^## Assessment$/m, /^## Plan$/m, /^Aftercare: ‹/m, /^Red flags \(pneumothorax\): ‹reviewed: .*not applicable›\.$/m, /^## Billing$/m]) {
      assert.match(text, part);
    }
  });

  for (const t of NOTE_TEMPLATES) {
    describe(t.name, () => {
      const { text } = render(t.text);
      it('every field is a placeholder-unfilled error (each one short enough for the rule to see)', () => {
        const blanks = lint(text).findings.filter((f) => f.ruleId === 'placeholder-unfilled').map((f) => text.slice(f.start, f.end));
        assert.deepEqual(blanks, fieldsOf(t.text).map((f) => toPlain(t.text.slice(f.start, f.end))));
        assert.ok(blanks.length >= 15, `${blanks.length} fields`);
      });
      it('states no clinical fact: no muscle, needle size, score, response, code or answer outside its fields', () => {
        for (const line of stated(text).split('\n')) {
          if (/^\| Muscle \|/.test(line)) continue; // the needling table's column names
          assert.deepEqual(vocab.scanMuscles(line).map((m) => m.text), [], line);
          assert.doesNotMatch(line, /\d\.\d\d?\s*[x×]\s*\d|\bLTR\b|\d+\s*\/\s*10\b|\b\d{5}\b|\b[A-Z]\d\d\.\d/, line);
          assert.doesNotMatch(line, /\b(?:obtained|given|declined|signed|tolerated|removed|reviewed|none|no change|normal|WNL|intact|improv\w*|yes|no)\b/i, line);
        }
      });
      it('parses as the note it will be: sections S, O, A, P in order and valid front matter', () => {
        const n = lint(text).note;
        assert.equal(n.frontMatter?.error, undefined);
        const kinds = n.sections.map((s) => s.kind).filter((k, i, all) => k !== 'other' && all[i - 1] !== k);
        assert.deepEqual(kinds, ['subjective', 'objective', 'assessment', 'plan']);
        assert.ok(!text.includes('${'));
      });
      it('previews with its blanks as written, marked, not as emphasis', () => {
        const html = renderNoteBody(text);
        const shown = [...html.matchAll(/<span class="blank">([^<]*)<\/span>/g)].map((m) => m[1].replace(/&#x3C;/g, '<').replace(/&#x26;/g, '&'));
        assert.deepEqual(shown, fieldsOf(t.text).map((f) => toPlain(t.text.slice(f.start, f.end))));
      });
    });
  }
});

describe('preview of blanks', () => {
  it('renders paper-form blanks as written: ___ and __/__/____ are not emphasis', () => {
    const html = renderNoteBody('Consent signed __/__/____ by ___ (initials __).\n\nName: ___ and __bold__ and _x_\n');
    assert.match(html, /signed <span class="blank">__\/__\/____<\/span> by <span class="blank">___<\/span> \(initials __\)\./);
    assert.match(html, /<strong>bold<\/strong> and <em>x<\/em>/, 'ordinary emphasis still renders');
    assert.doesNotMatch(html, /<strong>\/<\/strong>|<em>\//);
  });
  it('keeps a line of underscores alone a horizontal rule, and code as code', () => {
    const html = renderNoteBody('Text\n\n___\n\n`___` and\n\n```\n__/__/____\n```\n');
    assert.match(html, /<hr>/);
    assert.match(html, /<code>___<\/code>/);
    assert.match(html, /<pre><code>__\/__\/____\n<\/code><\/pre>/);
    assert.doesNotMatch(html, /class="blank"/);
  });
  it('shows a field with marks in it as written: ‹*name* of [the] form›', () => {
    const html = renderNoteBody('Consent: ‹*name* of [the] form›, ‹a|b›\n');
    assert.match(html, /<span class="blank">‹\*name\* of \[the\] form›<\/span>, <span class="blank">‹a\|b›<\/span>/);
    const table = renderNoteBody('| Muscle | Side |\n|---|---|\n| ‹muscle› | ‹R, L or B› |\n');
    assert.match(table, /<td><span class="blank">‹muscle›<\/span><\/td>\n<td><span class="blank">‹R, L or B›<\/span><\/td>/);
  });
  it('a page for printing says how to print on screen only, and runs nothing', () => {
    const page = renderPreviewHtml('S: ‹what›\n', { print: true, bodyChart: false });
    assert.match(page, /<p class="print-hint">To print: press Ctrl\+P/);
    assert.match(page, /@media print \{[^]*\.print-hint \{ display: none; \}/);
    assert.doesNotMatch(page, /<script|onload=|onclick=/i);
    assert.doesNotMatch(renderPreviewHtml('S: x\n'), /print-hint">/);
  });
});
