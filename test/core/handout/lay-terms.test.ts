import assert from 'node:assert/strict';
import { muscles } from '../../../src/core/vocab/muscles';
import { layRegions, layTerms, layVocabRegions } from '../../../src/core/vocab/lay-terms';

// Every muscle a note can name must be sayable to a patient. A muscle added to the vocabulary
// fails here until its lay words are added to lay-terms.ts.
describe('handout: lay terms', () => {
  it('give every vocabulary muscle a lay name and a body region, in English and Spanish', () => {
    const missing = muscles.filter((m) => !layTerms[m.id]).map((m) => m.id);
    assert.deepEqual(missing, [], `muscles without lay terms: ${missing.join(', ')}`);
    for (const m of muscles) {
      const t = layTerms[m.id];
      for (const lang of ['en', 'es'] as const) {
        assert.ok(t.name[lang].trim(), `${m.id}: no ${lang} lay name`);
        assert.ok(layRegions[t.region]?.[lang]?.trim(), `${m.id}: no ${lang} region`);
        // A lay name is words, never the vocabulary id.
        assert.ok(!t.name[lang].includes(m.id) || !m.id.includes('-'), `${m.id}: lay name is the id`);
      }
    }
  });

  it('list no muscle that is not in the vocabulary', () => {
    const ids = new Set(muscles.map((m) => m.id));
    assert.deepEqual(Object.keys(layTerms).filter((id) => !ids.has(id)), []);
  });

  it('have words for every vocabulary region, for clinic muscles without lay terms', () => {
    for (const m of muscles) for (const lang of ['en', 'es'] as const) assert.ok(layVocabRegions[m.region][lang]);
  });
});
