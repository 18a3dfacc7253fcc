import assert from 'node:assert/strict';
import { lint } from '../../../src/core/engine/lint';
import {
  DEFAULT_TEMPLATE, fileSafeId, isIsoDate, noteFileName, recordListLine, recordTableRow, renderTemplate, todayIso,
} from '../../../src/core/editor/template';

describe('new-note template and needling records', () => {
  it('fills patient and date and puts the cursor where ${cursor} was', () => {
    const r = renderTemplate(DEFAULT_TEMPLATE, { patient: 'P1234', date: '2025-03-04' });
    assert.ok(r.text.includes('patient: P1234\ndate: 2025-03-04\n'));
    assert.ok(!r.text.includes('${'));
    assert.equal(r.text.slice(r.cursor - '## Subjective\n\n'.length, r.cursor), '## Subjective\n\n');
    assert.deepEqual(lint(r.text).findings, [], 'a fresh note raises nothing');
  });

  it('uses CRLF when asked, custom templates, and the end when there is no cursor mark', () => {
    const r = renderTemplate('# ${patient}\nS: ${cursor}\n', { patient: 'X', date: 'd' }, '\r\n');
    assert.equal(r.text, '# X\r\nS: \r\n');
    assert.equal(r.cursor, '# X\r\nS: '.length);
    assert.equal(renderTemplate('S:', { patient: 'X', date: 'd' }).cursor, 2);
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

  it('formats a record as a list line or a row of the table columns, read back as a complete record', () => {
    const fields = { muscle: 'levator scapulae', side: 'L' as const, needle: '0.25×30 mm' };
    assert.equal(recordListLine(fields), '- L levator scapulae, 0.25×30 mm');
    const row = recordTableRow(fields, ['muscle', 'side', 'needle (mm)', 'ltr']);
    assert.equal(row, '| levator scapulae | L | 0.25×30 |  |');
    assert.equal(recordTableRow(fields, ['target', 'needle']), '| L levator scapulae | 0.25×30 mm |');
    const n = lint(`| Muscle | Side | Needle (mm) | LTR |\n|---|---|---|---|\n${row}\n`).note;
    assert.equal(n.records[0]?.muscle?.id, 'levator-scapulae');
    assert.equal(n.records[0]?.side, 'L');
    assert.equal(n.records[0]?.needle?.lengthMm, 30);
  });
});
