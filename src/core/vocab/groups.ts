// Group and region terms: words that cover several muscles (brief §6, §13.2 group_terms_expand).
// Billing counts and completeness checks need the specific muscles, so a linter expands these
// and asks; coding guidance prefers named muscles over "paraspinal".
// "erector spinae", "scalenes" and "suboccipitals" are groups here, not muscles: each names
// several separately needled muscles that a note should list.

import type { GroupTerm } from './types';

const erectorSpinae = [
  'iliocostalis-cervicis', 'iliocostalis-thoracis', 'iliocostalis-lumborum',
  'longissimus-capitis', 'longissimus-cervicis', 'longissimus-thoracis', 'spinalis-thoracis',
];
const cervicalParaspinals = ['cervical-multifidus', 'semispinalis-capitis', 'semispinalis-cervicis', 'splenius-capitis', 'splenius-cervicis', 'longissimus-capitis', 'longissimus-cervicis', 'iliocostalis-cervicis'];
const thoracicParaspinals = ['thoracic-multifidus', 'rotatores', 'semispinalis-thoracis', 'longissimus-thoracis', 'iliocostalis-thoracis', 'spinalis-thoracis'];
const lumbarParaspinals = ['lumbar-multifidus', 'longissimus-thoracis', 'iliocostalis-lumborum'];
const trapeziusParts = ['upper-trapezius', 'middle-trapezius', 'lower-trapezius'];
const rhomboids = ['rhomboid-major', 'rhomboid-minor'];
const calf = ['gastrocnemius', 'soleus'];

export const groupTerms: readonly GroupTerm[] = [
  { term: 'paraspinals', aliases: ['paraspinal', 'paraspinal muscles', 'paravertebrals', 'paravertebral muscles'], members: [...new Set([...erectorSpinae, ...cervicalParaspinals, ...thoracicParaspinals, ...lumbarParaspinals])] },
  { term: 'cervical paraspinals', aliases: ['cervical paraspinal', 'cervical paraspinal muscles', 'neck extensors'], members: cervicalParaspinals },
  { term: 'thoracic paraspinals', aliases: ['thoracic paraspinal', 'thoracic paraspinal muscles'], members: thoracicParaspinals },
  { term: 'lumbar paraspinals', aliases: ['lumbar paraspinal', 'lumbar paraspinal muscles'], members: lumbarParaspinals },
  { term: 'erector spinae', aliases: ['erectors', 'erector', 'erector spinae muscles', 'spinal erectors'], members: erectorSpinae },
  { term: 'suboccipitals', aliases: ['suboccipital', 'suboccipital muscles', 'suboccs', 'sub-occipitals', 'subocc'], members: ['rectus-capitis-posterior-major', 'rectus-capitis-posterior-minor', 'obliquus-capitis-inferior', 'obliquus-capitis-superior'] },
  // Named without its part, each of these is several muscles along the spine.
  { term: 'iliocostalis', members: ['iliocostalis-cervicis', 'iliocostalis-thoracis', 'iliocostalis-lumborum'] },
  { term: 'longissimus', members: ['longissimus-capitis', 'longissimus-cervicis', 'longissimus-thoracis'] },
  { term: 'semispinalis', members: ['semispinalis-capitis', 'semispinalis-cervicis', 'semispinalis-thoracis'] },
  { term: 'scalenes', aliases: ['scalene', 'scaleni', 'scalene muscles'], members: ['anterior-scalene', 'middle-scalene', 'posterior-scalene'] },
  { term: 'rotator cuff', aliases: ['RC', 'RTC', 'rotator cuff muscles'], members: ['supraspinatus', 'infraspinatus', 'teres-minor', 'subscapularis'] },
  { term: 'rhomboids', aliases: ['rhomboid'], members: rhomboids },
  { term: 'traps', aliases: ['trapezii', 'trap'], members: trapeziusParts },
  { term: 'pecs', aliases: ['pectorals', 'pectoralis', 'pec'], members: ['pectoralis-major', 'pectoralis-minor'] },
  { term: 'quads', aliases: ['quad', 'quadriceps', 'quadriceps femoris'], members: ['rectus-femoris', 'vastus-lateralis', 'vastus-medialis', 'vastus-intermedius'] },
  { term: 'hamstrings', aliases: ['hamstring', 'hams', 'HS'], members: ['biceps-femoris', 'semitendinosus', 'semimembranosus'] },
  { term: 'adductors', aliases: ['hip adductors', 'adductor group', 'adductor', 'hip adductor'], members: ['adductor-longus', 'adductor-brevis', 'adductor-magnus', 'gracilis', 'pectineus'] },
  { term: 'calf', aliases: ['calves', 'calf muscles'], members: calf },
  { term: 'triceps surae', members: calf },
  { term: 'hip flexors', aliases: ['hip flexor'], members: ['psoas-major', 'iliacus', 'rectus-femoris', 'sartorius', 'tensor-fasciae-latae'] },
  { term: 'iliopsoas', members: ['psoas-major', 'psoas-minor', 'iliacus'] },
  { term: 'glutes', aliases: ['gluteals', 'gluteal muscles', 'glutei', 'glute'], members: ['gluteus-maximus', 'gluteus-medius', 'gluteus-minimus'] },
  { term: 'hip abductors', members: ['gluteus-medius', 'gluteus-minimus', 'tensor-fasciae-latae'] },
  { term: 'deep hip rotators', aliases: ['deep rotators', 'deep six', 'hip external rotators'], members: ['piriformis', 'superior-gemellus', 'inferior-gemellus', 'obturator-internus', 'obturator-externus', 'quadratus-femoris'] },
  { term: 'gemelli', members: ['superior-gemellus', 'inferior-gemellus'] },
  { term: 'pelvic floor', aliases: ['pelvic floor muscles'], members: ['pubococcygeus', 'iliococcygeus', 'puborectalis', 'coccygeus'] },
  { term: 'fibularis group', aliases: ['fibulars', 'peroneals', 'peroneal muscles'], members: ['fibularis-longus', 'fibularis-brevis', 'fibularis-tertius'] },
  { term: 'forearm extensors', aliases: ['wrist extensors', 'wrist and finger extensors', 'common extensors'], members: ['extensor-carpi-radialis-longus', 'extensor-carpi-radialis-brevis', 'extensor-carpi-ulnaris', 'extensor-digitorum', 'extensor-digiti-minimi'] },
  { term: 'forearm flexors', aliases: ['wrist flexors', 'wrist and finger flexors', 'common flexors'], members: ['flexor-carpi-radialis', 'palmaris-longus', 'flexor-carpi-ulnaris', 'flexor-digitorum-superficialis', 'flexor-digitorum-profundus', 'pronator-teres'] },
  { term: 'intercostals', aliases: ['intercostal', 'intercostal muscles'], members: ['external-intercostal', 'internal-intercostal'] },
  { term: 'interossei', members: ['first-dorsal-interosseous', 'dorsal-interossei-hand', 'palmar-interossei', 'dorsal-interossei-foot', 'plantar-interossei'] },
  { term: 'abs', aliases: ['abdominals', 'abdominal muscles', 'abdominal wall'], members: ['rectus-abdominis', 'external-oblique', 'internal-oblique', 'transversus-abdominis'] },
  // Not "oblique" alone: in a needling record it is the needle's angle ("0.20x25 mm, oblique, depth 8 mm").
  { term: 'obliques', members: ['external-oblique', 'internal-oblique'] },
  { term: 'pterygoids', aliases: ['pterygoid'], members: ['medial-pterygoid', 'lateral-pterygoid'] },
  { term: 'muscles of mastication', aliases: ['masticatory muscles', 'jaw muscles'], members: ['masseter', 'temporalis', 'medial-pterygoid', 'lateral-pterygoid'] },
  { term: 'upper back', members: [...trapeziusParts, ...rhomboids, 'levator-scapulae', ...thoracicParaspinals] },
  { term: 'lower back', aliases: ['low back'], members: ['quadratus-lumborum', ...lumbarParaspinals] },
];
