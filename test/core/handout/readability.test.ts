import assert from 'node:assert/strict';
import { resolveConfig } from '../../../src/core/config/config';
import { createHandout, templateInsights } from '../../../src/core/handout';
import { shippedTemplates } from '../../../src/core/handout/defaults';
import { renderHandoutHtml } from '../../../src/core/handout/html';
import { findJargon } from '../../../src/core/handout/jargon';
import { plainSentences, readability, spanishSyllables } from '../../../src/core/handout/readability';
import { NOW, THORACIC } from './notes';

describe('handout: reading grade', () => {
  for (const language of ['en', 'es'] as const) {
    it(`the shipped ${language} template reads at grade 8 or below, every branch included`, () => {
      const i = templateInsights(shippedTemplates[language]);
      assert.deepEqual(i.errors, []);
      assert.ok(i.readability, 'measured');
      assert.ok(i.readability.grade <= 8, `grade ${i.readability.grade}`);
      assert.ok(i.readability.words > 300, 'the whole template was measured');
    });

    it(`a handout for a typical visit reads at grade 8 or below (${language})`, () => {
      const all = THORACIC.replace('Neck and hip pain', 'First visit. Takes apixaban. Neck and hip pain').replace('Continue home exercises.', 'Review in 1 week.');
      const r = createHandout(all, resolveConfig({ clinic: { name: 'Riverside Physio', phone: '555 0100' }, handout: { language, paperSize: 'A4', largePrint: false, heatOrIce: 'either' } }), { now: NOW });
      assert.ok(r.ok);
      assert.ok(r.readability.grade <= 8, `grade ${r.readability.grade}`);
    });
  }

  it('is higher for harder text (the measure is not constant)', () => {
    const easy = readability('Keep moving. Drink water. Rest if you need to.', 'en');
    const hard = readability('Post-needling soreness, attributable to intramuscular microtrauma, characteristically resolves within seventy-two hours subsequent to the intervention.', 'en');
    assert.ok(easy.grade < 4 && hard.grade > 14, `${easy.grade} / ${hard.grade}`);
    const esEasy = readability('Camine un poco. Beba agua. Descanse si lo necesita.', 'es');
    const esHard = readability('La sintomatología postintervención, atribuible a microtraumatismos intramusculares, característicamente desaparece transcurridas setenta y dos horas.', 'es');
    assert.ok(esEasy.grade < esHard.grade && esHard.grade > 12, `${esEasy.grade} / ${esHard.grade}`);
  });

  it('reads bullets and headings as sentences of their own', () => {
    assert.equal(plainSentences('# Title\n\n- one thing\n- another thing\n\n> **Box:** text'), 'Title. one thing. another thing. Box: text.');
  });

  it('counts Spanish syllables', () => {
    for (const [w, n] of [['pulmón', 2], ['respirar', 3], ['aire', 2], ['día', 2], ['que', 1], ['guerra', 2], ['cuello', 2], ['poeta', 3], ['neumotórax', 4]] as const) {
      assert.equal(spanishSyllables(w), n, w);
    }
  });
});

describe('handout: jargon', () => {
  it('finds clinical words with a plain suggestion', () => {
    const found = findJargon('Watch for pneumothorax or dyspnea. Bruising is common on anticoagulants. SOB means go to A&E.', 'en');
    assert.deepEqual(found.map((f) => [f.written, f.plain]), [
      ['pneumothorax', 'collapsed lung (pneumothorax)'], ['dyspnea', 'shortness of breath'], ['anticoagulants', 'blood thinner'], ['SOB', 'shortness of breath'],
    ]);
  });

  it('leaves a word explained in brackets, template tags and ordinary words alone', () => {
    assert.deepEqual(findJargon('A collapsed lung (pneumothorax) is rare. {{#if anticoagulants}}Press.{{/if}} Do not sob.', 'en'), []);
  });

  it('in Spanish', () => {
    assert.deepEqual(findJargon('Vigile la disnea y el neumotórax.', 'es').map((f) => f.plain), ['falta de aire', 'pulmón colapsado (neumotórax)']);
  });

  it('the shipped templates use no jargon outside brackets', () => {
    for (const language of ['en', 'es'] as const) assert.deepEqual(templateInsights(shippedTemplates[language]).jargon.map((j) => j.written), [], language);
  });

  it('template insights report errors with lines and still find jargon', () => {
    const i = templateInsights('---\nname: T\nversion: 1\nlanguage: en\ntitle: T\n---\n{{#if nope}}\nAvoid NSAIDs.\n');
    assert.equal(i.readability, undefined);
    assert.deepEqual(i.errors.map((e) => e.line), [7, 7]);
    assert.equal(i.jargon[0]?.written, 'NSAIDs');
  });
});

describe('handout: print page', () => {
  it('is sanitised, loads nothing, boxes the warning and has a print stylesheet for the paper size', () => {
    const html = renderHandoutHtml('# T\n\n> **Warning**\n\n<script>alert(1)</script>\n\n![x](http://example.com/x.png)', { title: 'T', language: 'es', paperSize: 'Letter', largePrint: true });
    assert.match(html, /<meta http-equiv="Content-Security-Policy" content="default-src 'none';/);
    assert.match(html, /<html lang="es">/);
    assert.match(html, /<blockquote>/);
    assert.match(html, /@page \{ size: letter;/);
    assert.match(html, /font: 20px/);
    assert.doesNotMatch(html, /<script|<img|example\.com/);
  });
});
