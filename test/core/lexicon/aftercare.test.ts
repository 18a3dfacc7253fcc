import assert from 'node:assert/strict';
import { pneumothoraxNamedRe } from '../../../src/core/lexicon/aftercare';

describe('lexicon: aftercare words', () => {
  it('reads pneumothorax signs named as absent, also further on in a list, as not named (batch 213)', () => {
    for (const absent of ['denies SOB / chest pain at baseline', 'no SOB, chest pain or chest tightness', 'negative for shortness of breath and chest pain']) {
      assert.equal(pneumothoraxNamedRe.test(absent), false, absent);
    }
    for (const named of ['go to ED if SOB or chest pain', 'risks incl. pneumothorax', 'no driving; call if chest pain']) assert.equal(pneumothoraxNamedRe.test(named), true, named);
  });
});
