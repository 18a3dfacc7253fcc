import assert from 'node:assert/strict';
import { ambiguousTokens, reservedAbbreviations } from '../../../src/core/vocab/ambiguous';
import { groupTerms } from '../../../src/core/vocab/groups';
import { createVocabulary } from '../../../src/core/vocab/index';
import { muscles } from '../../../src/core/vocab/muscles';

const ids = new Set(muscles.map((m) => m.id));
const vocab = createVocabulary();

// Brief §13.2, with the qualifiers in brackets resolved to our entries.
const thoracicS = ['upper trapezius', 'middle trapezius', 'lower trapezius', 'rhomboid major', 'rhomboid minor', 'serratus anterior',
  'pectoralis major', 'latissimus dorsi', 'iliocostalis thoracis', 'longissimus thoracis', 'thoracic multifidus',
  'supraspinatus', 'infraspinatus', 'scalenes', 'external oblique'];
const thoracicA = ['pectoralis minor', 'subclavius', 'external intercostal', 'internal intercostal', 'serratus posterior superior',
  'serratus posterior inferior', 'levator scapulae', 'subscapularis', 'teres major', 'iliocostalis cervicis',
  'spinalis thoracis', 'semispinalis thoracis', 'rotatores', 'splenius cervicis'];
const organ = ['quadratus lumborum', 'iliocostalis lumborum', 'lumbar multifidus', 'psoas major', 'rectus abdominis',
  'internal oblique', 'transversus abdominis'];
const neuraxis = ['suboccipitals', 'cervical multifidus', 'semispinalis capitis', 'thoracic multifidus', 'lumbar multifidus'];
const neurovascular = ['pronator teres', 'iliacus', 'sartorius', 'rectus femoris', 'vastus medialis', 'adductor longus', 'adductor brevis',
  'adductor magnus', 'pectineus', 'gluteus maximus', 'gluteus medius', 'gluteus minimus', 'piriformis',
  'quadratus femoris', 'biceps femoris', 'semitendinosus', 'semimembranosus', 'gastrocnemius', 'soleus',
  'fibularis longus', 'fibularis brevis', 'tibialis anterior', 'sternocleidomastoid', 'scalenes'];

/** A muscle name resolves to itself; a group term to all of its members. */
function resolve(name: string) {
  const m = vocab.lookupMuscle(name);
  if (m) return [m];
  const g = vocab.group(name);
  assert.ok(g, `"${name}" is neither a muscle nor a group`);
  return g.members.map((id) => vocab.byId(id)!);
}

describe('vocab data: muscles', () => {
  it('has at least 160 muscles', () => {
    assert.ok(muscles.length >= 160, `only ${muscles.length}`);
  });

  it('uses unique kebab-case ids and unique lower-case names', () => {
    assert.equal(ids.size, muscles.length);
    assert.equal(new Set(muscles.map((m) => m.name)).size, muscles.length);
    for (const m of muscles) {
      assert.match(m.id, /^[a-z0-9]+(-[a-z0-9]+)*$/, m.id);
      assert.equal(m.name, m.name.toLowerCase(), m.name);
      assert.equal(m.name, m.name.trim());
    }
  });

  it('points every parent at an existing muscle that has no parent of its own', () => {
    for (const m of muscles.filter((x) => x.parent)) {
      const parent = vocab.byId(m.parent!);
      assert.ok(parent, `${m.id} -> ${m.parent}`);
      assert.equal(parent.parent, undefined, `${m.id}: parents do not chain`);
      assert.notEqual(parent.id, m.id);
    }
  });

  it('gives a lung proximity exactly to lung-risk muscles, and a plain-words atRisk to every risky one', () => {
    for (const m of muscles) {
      assert.equal(m.lungProximity !== undefined, m.risks.includes('lung'), m.id);
      assert.equal(m.atRisk !== undefined, m.risks.length > 0, m.id);
      assert.equal(new Set(m.risks).size, m.risks.length, `${m.id}: duplicate risk`);
    }
  });

  it('never uses an ambiguous token or a reserved abbreviation as shorthand', () => {
    const banned = new Set([...ambiguousTokens.map((a) => a.token), ...reservedAbbreviations]);
    for (const m of muscles) for (const s of m.shorthand) assert.ok(!banned.has(s), `${m.id} has shorthand ${s}`);
    for (const bad of ['LT', 'MT', 'TA', 'PT', 'TB', 'ED']) assert.equal(vocab.lookupMuscle(bad), undefined, bad);
  });

  it('indexes every phrase without collisions', () => {
    assert.deepEqual(vocab.problems, []);
  });

  it('keeps phrases trimmed and puts lower-case forms in synonyms, not shorthand', () => {
    for (const m of muscles) {
      for (const s of [...m.synonyms, ...m.shorthand]) assert.equal(s, s.trim(), `${m.id}: "${s}"`);
      assert.ok(!m.shorthand.some((s) => s === s.toLowerCase()), `${m.id}: lower-case shorthand belongs in synonyms`);
    }
  });

  it('covers every section-6 region', () => {
    const regions = new Set(muscles.map((m) => m.region));
    for (const r of ['head-face', 'neck', 'shoulder', 'arm', 'forearm', 'hand', 'back', 'thorax-abdomen', 'pelvis-hip', 'thigh', 'leg', 'foot']) {
      assert.ok(regions.has(r as never), r);
    }
  });
});

describe('vocab data: risk flags from brief §13.2', () => {
  const cases: Array<[string, string[], (m: (typeof muscles)[number]) => boolean]> = [
    ['thoracic S', thoracicS, (m) => m.risks.includes('lung') && !!m.lungProximity],
    ['thoracic A', thoracicA, (m) => m.risks.includes('lung') && !!m.lungProximity],
    ['organ', organ, (m) => m.risks.includes('organ')],
    ['neuraxis', neuraxis, (m) => m.risks.includes('neuraxis')],
    ['neurovascular', neurovascular, (m) => m.risks.includes('neurovascular')],
  ];
  for (const [label, names, flagged] of cases) {
    it(`flags every ${label} muscle`, () => {
      for (const name of names) for (const m of resolve(name)) assert.ok(flagged(m), `${name}: ${m.id}`);
    });
  }

  it("marks the brief's strongly reported thoracic muscles 'S'", () => {
    for (const name of thoracicS.filter((n) => n !== 'scalenes')) assert.equal(vocab.lookupMuscle(name)?.lungProximity, 'S', name);
    assert.equal(vocab.lookupMuscle('anterior scalene')?.lungProximity, 'S');
  });

  it('flags every trapezius part for the lung, as the parent is', () => {
    for (const id of ['upper-trapezius', 'middle-trapezius', 'lower-trapezius']) assert.equal(vocab.byId(id)?.lungProximity, 'S', id);
  });
});

describe('vocab data: ambiguous tokens and groups', () => {
  it('lists every ambiguous token of brief §7.3 except the side token B/L', () => {
    const tokens = new Set(ambiguousTokens.map((a) => a.token));
    for (const t of ['TA', 'TP', 'PT', 'PL', 'GM', 'SA', 'RA', 'IO', 'ES', 'ST', 'SM', 'LS', 'LT', 'MT', 'QF', 'PM', 'ADM']) assert.ok(tokens.has(t), t);
    assert.ok(!tokens.has('B/L'));
  });

  it('names only existing muscles as candidates and members', () => {
    for (const a of ambiguousTokens) {
      assert.ok(a.candidates.length > 0, a.token);
      for (const id of a.candidates) assert.ok(ids.has(id), `${a.token} -> ${id}`);
    }
    for (const g of groupTerms) {
      assert.ok(g.members.length >= 2, g.term);
      assert.equal(new Set(g.members).size, g.members.length, `${g.term}: duplicate member`);
      for (const id of g.members) assert.ok(ids.has(id), `${g.term} -> ${id}`);
    }
  });

  it('has every group term of brief §13.2', () => {
    for (const t of ['paraspinals', 'erector spinae', 'suboccipitals', 'scalenes', 'rotator cuff', 'rhomboids', 'quads', 'hamstrings',
      'adductors', 'calf', 'triceps surae', 'hip flexors', 'glutes', 'intercostals', 'abs', 'upper back', 'lower back', 'traps']) {
      assert.ok(vocab.group(t), t);
    }
  });

  it('never makes a term both a muscle and a group (or ambiguous)', () => {
    for (const g of groupTerms) {
      for (const t of [g.term, ...(g.aliases ?? [])]) {
        assert.equal(vocab.lookupMuscle(t), undefined, `group term "${t}" is also a muscle`);
        assert.equal(vocab.ambiguous(t), undefined, `group term "${t}" is also ambiguous`);
      }
    }
    for (const m of muscles) {
      for (const t of [m.name, ...m.synonyms, ...m.shorthand]) {
        assert.equal(vocab.group(t), undefined, `muscle term "${t}" is also a group`);
        assert.equal(vocab.ambiguous(t), undefined, `muscle term "${t}" is also ambiguous`);
        assert.equal(vocab.lookupMuscle(t)?.id, m.id, `"${t}" should find ${m.id}`);
      }
    }
  });
});
