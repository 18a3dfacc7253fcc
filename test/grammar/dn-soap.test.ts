// Scopes the dn-soap grammar gives clinical tokens, checked with VS Code's own TextMate
// engine (vscode-textmate + Oniguruma) on the real Markdown grammar with our injection.
import assert from 'node:assert/strict';
import { textsWithScope, tokenize, type Token } from './tokenize';

const SIDE = 'constant.language.side.dn-soap';
const NEEDLE = 'constant.numeric.needle-size.dn-soap';
const TWITCH = 'support.type.response';
const PAIN = 'constant.numeric.pain-score.dn-soap';
const CPT = 'constant.numeric.cpt.dn-soap';
const ICD = 'constant.numeric.icd10.dn-soap';
const LABEL = 'entity.name.section.soap-label.dn-soap';
const CONSENT = 'entity.name.section.statement-label.consent.dn-soap';
const AFTERCARE = 'entity.name.section.statement-label.aftercare.dn-soap';
const OURS = '.dn-soap';

async function line(text: string): Promise<Token[]> {
  return (await tokenize(text))[0];
}
/** Tokens of one line of a multi-line note. */
async function lineOf(note: string, index: number): Promise<Token[]> {
  return (await tokenize(note))[index];
}
const ours = (tokens: Token[]) => tokens.filter((t) => t.scopes.some((s) => s.endsWith(OURS) && s !== 'text.html.markdown.dn-soap'));

describe('grammar: dn-soap TextMate scopes', () => {
  it('embeds Markdown: headings, bold, lists and tables keep their Markdown scopes', async () => {
    const lines = await tokenize('## Objective\n- **bold** item\n\n| Muscle | Side |\n|---|---|\n| UT | L |');
    assert.ok(lines[0].some((t) => t.scopes.includes('markup.heading.markdown')));
    assert.ok(lines[1].some((t) => t.scopes.includes('markup.list.unnumbered.markdown')));
    assert.ok(lines[1].some((t) => t.text === 'bold' && t.scopes.includes('markup.bold.markdown')));
    assert.ok(lines[5].every((t) => t.scopes.includes('markup.table.markdown')));
    assert.equal(lines[0][0].scopes[0], 'text.html.markdown.dn-soap');
  });

  describe('SOAP section labels', () => {
    for (const [text, label] of [
      ['S: pt reports neck pain', 'S'], ['**O:** AROM limited', 'O'], ['**A**: myofascial pain', 'A'],
      ['Plan: DN next visit', 'Plan'], ['SUBJECTIVE', 'SUBJECTIVE'], ['__P:__ continue', 'P'],
    ] as const) {
      it(`"${text}" → label "${label}"`, async () => {
        assert.deepEqual(textsWithScope(await line(text), LABEL), [label]);
      });
    }
    it('## Assessment and ### S headings', async () => {
      assert.deepEqual(textsWithScope(await line('## Assessment'), LABEL), ['Assessment']);
      assert.deepEqual(textsWithScope(await line('### S'), LABEL), ['S']);
      assert.deepEqual(textsWithScope(await line('## Plan of care'), LABEL), ['Plan of care']);
    });
    it('a label keeps its paragraph: the rest of the line is still Markdown', async () => {
      const tokens = await line('**O:** DN with **care**');
      assert.ok(tokens.every((t) => t.scopes.includes('meta.paragraph.markdown')));
      assert.ok(tokens.some((t) => t.text === 'care' && t.scopes.includes('markup.bold.markdown')));
    });
    it('not a label: "A patient", "Assessment of ROM", "S1 nerve root", "## Billing"', async () => {
      for (const text of ['A patient attended', 'Assessment of ROM continued', 'S1 nerve root', '## Billing', 'Also: fine']) {
        assert.deepEqual(textsWithScope(await line(text), LABEL), [], text);
      }
    });
  });

  describe('sides', () => {
    it('L, R, bilat, bilateral, B/L, left, right in a sentence', async () => {
      const tokens = await line('DN R UT and L levator, bilat glutes, bilateral QL, B/L calf, left SCM, right scalene');
      assert.deepEqual(textsWithScope(tokens, SIDE), ['R', 'L', 'bilat', 'bilateral', 'B/L', 'left', 'right']);
    });
    it('not the L of QL, L4-5, L5/S1, L4, R/O or words', async () => {
      const tokens = await line('QL pain at L4-5 and L5/S1, L4 level, R/O radiculopathy, Lateral, Leftover');
      assert.deepEqual(textsWithScope(tokens, SIDE), []);
    });
    it('in a table cell and at the start of a list item', async () => {
      const lines = await tokenize('| Muscle | Side |\n|---|---|\n| upper trapezius | R |\n\n- L gluteus medius');
      assert.deepEqual(textsWithScope(lines[2], SIDE), ['R']);
      assert.deepEqual(textsWithScope(lines[4], SIDE), ['L']);
      assert.ok(lines[4].some((t) => t.scopes.includes(SIDE) && t.scopes.includes('meta.paragraph.markdown')));
    });
  });

  describe('needle sizes', () => {
    it('0.25x40mm, 0.25 × 40 mm, .30x50, φ0.30 mm × 40 mm', async () => {
      const tokens = await line('needles 0.25x40mm then 0.25 × 40 mm, .30x50 and φ0.30 mm × 40 mm');
      assert.deepEqual(textsWithScope(tokens, NEEDLE), ['0.25x40mm', '0.25 × 40 mm', '.30x50', 'φ0.30 mm × 40 mm']);
    });
    it('not version numbers or plain decimals', async () => {
      assert.deepEqual(textsWithScope(await line('v1.25x40 and 0.5 and 10.25x40'), NEEDLE), []);
    });
  });

  describe('twitch and response tokens', () => {
    it('LTR x3, +LTR, LTR+, no LTR, twitch, local twitch response', async () => {
      const tokens = await line('LTR x3, +LTR, LTR+, no LTR, twitch, local twitch response x2');
      assert.deepEqual(textsWithScope(tokens, TWITCH), ['LTR x3', '+LTR', 'LTR+', 'no LTR', 'twitch', 'local twitch response x2']);
      assert.ok(tokens.find((t) => t.text === 'no LTR')!.scopes.includes('support.type.response.negative.dn-soap'));
    });
  });

  describe('twitch responses in a table and labels as bold', () => {
    it('"+×2", "LTR x3" and "no LTR" in needling table cells', async () => {
      const lines = await tokenize('| Muscle | LTR |\n|---|---|\n| upper trapezius | LTR x3 |\n| levator scapulae | no LTR |');
      assert.deepEqual(textsWithScope(lines[2], TWITCH), ['LTR x3']);
      assert.deepEqual(textsWithScope(lines[3], TWITCH), ['no LTR']);
    });
    it('a label on a line is bold (markup.bold); in a heading it keeps the heading\'s look', async () => {
      const label = async (text: string) => (await line(text)).find((t) => t.scopes.some((x) => x.startsWith('entity.name.section.') && x.endsWith('.dn-soap')));
      for (const text of ['S: sore', 'Consent: written', 'Aftercare: soreness']) assert.ok((await label(text))?.scopes.includes('markup.bold.dn-soap'), text);
      for (const text of ['## Plan', '## Aftercare', '### Informed consent']) {
        const t = await label(text);
        assert.ok(t && !t.scopes.includes('markup.bold.dn-soap') && t.scopes.includes('markup.heading.markdown'), text);
      }
    });
    it('a field to fill (‹what›) takes none of our scopes: the diagnostic marks it', async () => {
      const tokens = ours(await line('Pain: NPRS ‹score›/10 today, ‹R or L›'));
      assert.deepEqual(tokens.map((t) => [t.text, t.scopes[t.scopes.length - 1]]), [['‹score›', 'meta.field.dn-soap'], ['‹R or L›', 'meta.field.dn-soap']]);
    });
  });

  describe('pain scores', () => {
    it('7/10, 0/10, 10/10, NPRS 5, VAS: 30', async () => {
      const tokens = await line('pain 7/10 → 0/10, worst 10/10, NPRS 5, VAS: 30');
      assert.deepEqual(textsWithScope(tokens, PAIN), ['7/10', '0/10', '10/10', '5', '30']);
      assert.deepEqual(textsWithScope(tokens, 'support.type.pain-scale.dn-soap'), ['NPRS', 'VAS']);
    });
    it('not dates (12/10/2026, 3/10/2025), strength grades (4/5) or 12/10', async () => {
      const tokens = await line('seen 12/10/2026 and 3/10/2025, strength 4/5, impossible 12/10');
      assert.deepEqual(textsWithScope(tokens, PAIN), []);
    });
  });

  describe('billing and diagnosis codes', () => {
    it('CPT 20560, 20561, 97140 and ICD-10 M79.12, M54.50', async () => {
      const tokens = await line('Billing: 20560 / 20561, 97140 x1; Dx M79.12, M54.50');
      assert.deepEqual(textsWithScope(tokens, CPT), ['20560', '20561', '97140']);
      assert.deepEqual(textsWithScope(tokens, ICD), ['M79.12', 'M54.50']);
    });
    it('not zip-like numbers glued to other text, phone numbers or decimals', async () => {
      const tokens = await line('MRN 1205612, 555-20561, 20561.5, ref#20560x');
      assert.deepEqual(textsWithScope(tokens, CPT), []);
    });
  });

  describe('consent and aftercare labels', () => {
    it('Consent:, **Informed consent:**, Aftercare:, ## Aftercare', async () => {
      assert.deepEqual(textsWithScope(await line('Consent: written, on file'), CONSENT), ['Consent']);
      assert.deepEqual(textsWithScope(await line('**Informed consent:** verbal'), CONSENT), ['Informed consent']);
      assert.deepEqual(textsWithScope(await line('Aftercare: soreness 24-72 h'), AFTERCARE), ['Aftercare']);
      assert.deepEqual(textsWithScope(await line('## Aftercare'), AFTERCARE), ['Aftercare']);
    });
    it('not the word inside a sentence', async () => {
      assert.deepEqual(textsWithScope(await line('pt gave consent after discussion'), CONSENT), []);
    });
  });

  describe('where tokens are not coloured', () => {
    // Front matter is excluded by the selector (-meta.embedded); vscode-textmate 7 used here does
    // not open the Markdown grammar's \A front-matter rule, so it is not asserted in this engine.
    it('fenced code, inline code, HTML comments and link targets', async () => {
      const note = ['```', 'R UT 7/10 20561', '```', '<!-- R UT 20561 7/10 -->', '', 'see `L 7/10` and [x](http://e.x/R/7/10)'].join('\n');
      const lines = await tokenize(note);
      for (const l of lines) assert.deepEqual(ours(l).map((t) => t.text), [], l.map((t) => t.text).join(''));
    });
    it('a side at the start of a paragraph does not stop Markdown opening it', async () => {
      const tokens = await lineOf('text\n\nR UT **tight**', 2);
      assert.ok(tokens.every((t) => t.scopes.includes('meta.paragraph.markdown')));
      assert.ok(tokens.some((t) => t.text === 'tight' && t.scopes.includes('markup.bold.markdown')));
    });
  });
});
