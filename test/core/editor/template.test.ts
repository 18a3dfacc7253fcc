import assert from 'node:assert/strict';
import { fieldsOf, toPlain, toSnippet } from '../../../src/core/editor/prepared';
import { DEFAULT_TEMPLATE, fileSafeId, isIsoDate, noteFileName, renderTemplate, todayIso } from '../../../src/core/editor/template';

const tabStops = (snippet: string) => [...snippet.matchAll(/(?<!\\)\$\{(\d+)[:|]/g)].map((m) => Number(m[1]));

describe('new-note template', () => {
  it('fills patient and date in the front matter and starts writing under Subjective', () => {
    const r = renderTemplate(DEFAULT_TEMPLATE, { patient: 'P1234', date: '2025-03-04' });
    assert.ok(r.text.startsWith('---\npatient: P1234\ndate: 2025-03-04\n'));
    assert.ok(!r.text.includes('${'));
    const before = r.text.slice(0, r.cursor);
    assert.ok(before.endsWith('## Subjective\n\n'), JSON.stringify(before.slice(-30)));
    assert.ok(r.text.slice(r.cursor).startsWith('‹what the patient reports'));
  });

  it('numbers tab stops from the cursor on, then wraps round to the front matter fields', () => {
    const r = renderTemplate(DEFAULT_TEMPLATE, { patient: 'P1234', date: '2025-03-04' });
    const stops = tabStops(r.snippet);
    const fields = fieldsOf(DEFAULT_TEMPLATE).length;
    assert.equal(stops.length, fields);
    assert.deepEqual([...stops].sort((a, b) => a - b), Array.from({ length: fields }, (_, i) => i + 1));
    // The front matter's two fields (visit, clinician) come last; Subjective's first field is $1.
    const first = r.snippet.indexOf('${1');
    assert.ok(r.snippet.slice(0, first).endsWith('## Subjective\n\n'));
    assert.ok(stops.slice(0, 3).every((s) => s > fields - 3));
  });

  it('writes what the clinician typed as a YAML value, never as a field or snippet syntax', () => {
    const r = renderTemplate(DEFAULT_TEMPLATE, { patient: 'Smith: J #2 ‹x›', date: '2025-03-04' });
    assert.ok(r.text.includes('patient: "Smith: J #2 x"\n'), r.text.slice(0, 80));
    assert.ok(r.snippet.includes('patient: "Smith: J #2 x"\n'));
    assert.ok(renderTemplate(DEFAULT_TEMPLATE, { patient: '0731', date: '2025-03-04' }).text.startsWith('---\npatient: "0731"\ndate: 2025-03-04\n'), 'a number keeps its zero');
    assert.ok(renderTemplate(DEFAULT_TEMPLATE, { patient: 'yes', date: '2025-03-04' }).text.startsWith('---\npatient: "yes"\n'));
    const dollars = renderTemplate('---\npatient: ${patient}\n---\n# ${patient}\n${cursor}', { patient: '$1 {x}', date: 'd' });
    assert.equal(dollars.text, '---\npatient: "$1 {x}"\n---\n# $1 {x}\n');
    assert.equal(dollars.snippet, '---\npatient: "\\$1 {x\\}"\n---\n# \\$1 {x\\}\n$0');
  });

  it('uses CRLF when asked, custom templates, and the end when there is no cursor mark', () => {
    const r = renderTemplate('# ${patient}\nS: ${cursor}\n', { patient: 'X', date: 'd' }, '\r\n');
    assert.equal(r.text, '# X\r\nS: \r\n');
    assert.equal(r.cursor, '# X\r\nS: '.length);
    assert.equal(r.snippet, '# X\r\nS: $0\r\n');
    assert.equal(renderTemplate('S:', { patient: 'X', date: 'd' }).cursor, 2);
    const fields = renderTemplate('S: ‹what› ${cursor}P: ‹plan|none›', { patient: 'X', date: 'd' });
    assert.equal(fields.text, `S: ‹what› P: ${toPlain('‹plan|none›')}`);
    // ${cursor} is a tab stop of its own ($1) when no field starts right there.
    assert.equal(fields.snippet, `S: \${3:‹what›} \${1}P: ${toSnippet('‹plan|none›', 2)}`);
    assert.match(fields.snippet, /P: \$\{2\|‹plan.*none›,plan,none\|\}$/);
  });

  it('makes safe file names and checks dates', () => {
    assert.equal(fileSafeId(' Smith, J / 12 '), 'Smith-J-12');
    assert.equal(fileSafeId('../..'), '');
    assert.equal(noteFileName('2025-03-04', 'P 1'), '2025-03-04-P-1.soap.md');
    assert.ok(isIsoDate('2024-02-29'));
    assert.ok(!isIsoDate('2025-02-29'));
    assert.ok(!isIsoDate('04/03/2025'));
    assert.equal(todayIso(new Date(2025, 0, 5)), '2025-01-05');
  });
});
