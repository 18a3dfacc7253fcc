import assert from 'node:assert/strict';
import { abdominalPlace, spinalLevels } from '../../../src/core/lexicon/places';

describe('lexicon/places', () => {
  it('reads a place below the ribs, named by the ribs, as below the thorax, not as the thoracic spine (batch 238, wkf-18)', () => {
    assert.deepEqual(spinalLevels('L quadratus lumborum: below the 12th rib, directed medially'), ['lumbar']);
    assert.deepEqual(spinalLevels('QL under the rib cage'), ['lumbar']);
    assert.deepEqual(spinalLevels('iliocostalis inferior to the costal margin, L2 level'), ['lumbar', 'lumbar']);
    // "rib" alone, or a rib named as the place, is still thoracic.
    assert.deepEqual(spinalLevels('rhomboid, flat palpation over rib'), ['thoracic']);
    assert.deepEqual(spinalLevels('QL at the 12th rib insertion'), ['thoracic']);
    assert.deepEqual(spinalLevels('T10 level, below the ribs of the upper back'), ['thoracic', 'lumbar', 'thoracic']);
  });

  it('reads the same phrase as below the ribs on the abdominal wall', () => {
    assert.equal(abdominalPlace('external oblique below the rib cage'), 'below-the-ribs');
    assert.equal(abdominalPlace('external oblique beneath the 12th rib'), 'below-the-ribs');
    assert.equal(abdominalPlace('external oblique over the lower ribs'), 'over-the-ribs');
  });
});
