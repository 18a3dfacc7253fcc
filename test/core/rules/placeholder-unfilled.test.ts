import assert from 'node:assert/strict';
import { assertClean, covered, findings, note } from '../helpers';

const ID = 'placeholder-unfilled';
const blanks = (text: string) => findings(text, ID).map((f) => covered(text, f));

describe('rule placeholder-unfilled', () => {
  it('reports each kind of blank a template, form or snippet leaves', () => {
    assert.deepEqual(blanks(note('Consent signed __/__/____.', 'Response: ___', 'Position: ‹prone or supine›', 'Date: {{date}}', 'Needle: ${1:size}')), ['__/__/____', '___', '‹prone or supine›', '{{date}}', '${1:size}']);
    assert.match(findings(note('Position: ‹prone or supine›'), ID)[0].message, /^Fill in this field: ‹prone or supine›$/);
  });

  it('reports a blank typed against the times sign it counts for ("x___ wks"), not underscores glued to a word (batch 195, wbn-13)', () => {
    assert.deepEqual(blanks(note('P: 1x/wk x___ wks, then HEP only.', 'HEP 3x___ daily.', 'See Box___ above.')), ['___', '___']);
  });

  it('reports a blank escaped as a Google Docs download writes it, and reads it as blank for the field (batch 187)', () => {
    assert.deepEqual(blanks(note('* R vastus medialis oblique, pistoning, LTR: \\_\\_\\_', 'Pain: \\*\\*\\*')), ['\\_\\_\\_', '\\*\\*\\*']);
    // One escaped mark is a character, not a blank; the record's response field left blank gives no response.
    assertClean(note('Soreness 24\\-48 h expected; snake\\_case'), ID);
    const text = note('O: DN R vastus medialis oblique 0.30x50 mm, pistoning, LTR: \\_\\_\\_');
    assert.ok(findings(text, 'response-missing').length === 1);
  });
  it('reports a record system\'s *** wildcard left standing alone ("Pain: ***/10")', () => {
    assert.deepEqual(blanks(note('Pt-specific goal for this visit: ***', 'Pain (0-10): ***/10', '| Tolerance | *** |')), ['***', '***', '***']);
  });

  it('reports an Epic SmartList left unanswered ("{Yes/No:123}"), not braces holding words (batch 192, vzr-02)', () => {
    assert.deepEqual(blanks(note('Fall risk screen: {Yes/No:123}', 'Tolerance: {Blank single:19197::"***"}')), ['{Yes/No:123}', '{Blank single:19197::"***"}']);
    assertClean(note('Goals {short term: 2 wk}, HEP {3 sets}.', 'Time 10:30 {room 2}.', 'Consent: {Blank single:19197::"verbal"} consent today.'), ID);
  });

  it('reports a template\'s prompt left in its brackets ("[Select]", "[enter pain score]"), not a link or bracketed words', () => {
    assert.deepEqual(blanks(note('Pain today: [Select] /10', 'Goal: [ enter pain score ]', 'Side: [choose one]', 'Advice: [Fill in]')), ['[Select]', '[ enter pain score ]', '[choose one]', '[Fill in]']);
    assert.match(findings(note('Goal: [enter pain score]'), ID)[0].message, /^Fill in this field: \[enter pain score\]$/);
    assert.match(findings(note('Goal: [enter the goal agreed with the patient today]'), ID)[0].message, /^Fill in this field: \[enter the goal agreed with the pa…\]$/);
    assertClean(note('See [Select](https://example.org).', 'PMH [type 2 DM], [insertion depth 20 mm], [entered by MA].', '', '[enter]: https://example.org'), ID);
  });

  it('reads a consent field left as a prompt as blank consent, not consent given', () => {
    const text = note('Consent: [select one]', 'DN R upper trapezius 0.30 x 40 mm, LTR x2.');
    assert.deepEqual(findings(text, 'consent-missing').map((f) => f.message), ['Consent line is empty']);
  });

  it('does not read Markdown as a blank: rules, bold, bold italic, words with underscores', () => {
    assertClean(note('Pain 3/10.', '', '___', '', '***', '', '* * *', '', '***Consent*** given, __bold__ and snake_case_word.', '**S:** neck'), ID);
  });

  it('skips code blocks and HTML comments, and checks HTML pasted from a record system (batch 51)', () => {
    assertClean(note('```', 'Response: ___', '```', '<!-- Response: ___ -->'), ID);
    const pasted = note('<p><b>Date:</b> 03/11/2026<br>', '<b>O:</b> TTP L tibialis anterior.<br>', 'LEFS: ___/80<br>', '<b>Tx:</b> DN L TA 0.25x40 mm, LTR x2.</p>');
    assert.deepEqual(blanks(pasted), ['___']);
    const list = note('<ul>', '<li>R splenius capitis 0.25x40 mm — LTR: ___</li>', '</ul>');
    assert.deepEqual(blanks(list), ['___']);
  });
});
