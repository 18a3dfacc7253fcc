// The body chart's regions: original artwork drawn from ellipses on a simple silhouette (no
// traced or copied figure), a front and a back view, and insets for the deep targets common in
// dry needling. Every muscle of the vocabulary maps to exactly one region (a test checks it), so
// whatever a note records has a place on the chart.
//
// Shapes are given for the patient's right side as a lateral offset `dx` from the midline of
// their view; the renderer mirrors them for the left. Front view: the patient's right is on the
// viewer's left; back view and insets drawn from behind: on the viewer's right. `rot` tilts the
// top of the shape towards lateral (degrees).
import type { Region } from '../vocab/types';

export interface Ellipse {
  dx: number;
  y: number;
  rx: number;
  ry: number;
  rot?: number;
}

export type InsetId =
  | 'rhomboids' | 'levator-scapulae' | 'scalenes' | 'rotator-cuff' | 'quadratus-lumborum'
  | 'multifidus' | 'piriformis' | 'iliopsoas' | 'soleus' | 'tibialis-posterior';

export type ChartView = 'front' | 'back' | InsetId;

export interface ChartRegion {
  id: string;
  /** Plain name for tooltips and the chart's text description. */
  label: string;
  view: ChartView;
  shapes: readonly Ellipse[];
}

export interface Inset {
  id: InsetId;
  title: string;
  /** Seen from the front (scalenes, iliopsoas) or from behind. */
  from: 'front' | 'back';
  /** Context lines drawn faintly under the muscles, in the inset's own 120 × 84 box (midline x = 60). */
  outline: string;
}

const e = (dx: number, y: number, rx: number, ry: number, rot = 0): Ellipse => ({ dx, y, rx, ry, rot });
const r = (id: string, label: string, view: ChartView, ...shapes: Ellipse[]): ChartRegion => ({ id, label, view, shapes });

export const INSET_W = 120;
export const INSET_H = 84;

const SPINE = 'M60 6 V78';
const UPPER_BACK = `${SPINE} M14 20 Q60 8 106 20 M34 22 L50 24 L44 60 Z M86 22 L70 24 L76 60 Z`;
const NECK_FRONT = 'M50 6 V40 M70 6 V40 M50 40 Q30 52 10 54 M70 40 Q90 52 110 54 M40 6 Q60 -2 80 6';
const LOW_BACK = `${SPINE} M24 18 Q40 26 52 22 M96 18 Q80 26 68 22 M18 74 Q40 58 56 66 M102 74 Q80 58 64 66`;
const PELVIS = 'M60 10 V30 M18 24 Q30 70 60 74 Q90 70 102 24 M18 24 Q40 14 60 30 Q80 14 102 24';
const LEGS = 'M30 4 Q24 40 32 80 M50 4 Q54 40 46 80 M90 4 Q96 40 88 80 M70 4 Q66 40 74 80';

export const insets: readonly Inset[] = [
  { id: 'rhomboids', title: 'Rhomboids', from: 'back', outline: UPPER_BACK },
  { id: 'levator-scapulae', title: 'Levator scapulae', from: 'back', outline: UPPER_BACK },
  { id: 'scalenes', title: 'Scalenes', from: 'front', outline: NECK_FRONT },
  { id: 'rotator-cuff', title: 'Rotator cuff', from: 'back', outline: UPPER_BACK },
  { id: 'quadratus-lumborum', title: 'Quadratus lumborum', from: 'back', outline: LOW_BACK },
  { id: 'multifidus', title: 'Multifidus', from: 'back', outline: `${SPINE} M52 10 H68 M52 34 H68 M52 58 H68` },
  { id: 'piriformis', title: 'Piriformis and deep rotators', from: 'back', outline: PELVIS },
  { id: 'iliopsoas', title: 'Iliopsoas', from: 'front', outline: PELVIS },
  { id: 'soleus', title: 'Soleus', from: 'back', outline: LEGS },
  { id: 'tibialis-posterior', title: 'Deep calf', from: 'back', outline: LEGS },
];

export const regions: readonly ChartRegion[] = [
  // Front view
  r('forehead', 'forehead', 'front', e(8, 16, 7, 5)),
  r('temporalis', 'temple', 'front', e(16, 25, 4, 8, 10)),
  r('jaw', 'jaw and face', 'front', e(12, 43, 5, 7, -10)),
  r('front-neck', 'front of the neck', 'front', e(7, 61, 3.5, 11, -25)),
  r('pectoralis-major', 'pectoralis major', 'front', e(24, 98, 19, 12, -10)),
  r('pectoralis-minor', 'pectoralis minor', 'front', e(32, 88, 8, 4.5, 30)),
  r('anterior-deltoid', 'front of the shoulder', 'front', e(50, 90, 7, 11, 15)),
  r('deltoid', 'deltoid', 'front', e(61, 84, 6, 10, 20)),
  r('serratus-anterior', 'serratus anterior', 'front', e(40, 132, 5, 14, 10)),
  r('intercostals', 'between the ribs', 'front', e(25, 124, 7, 5)),
  r('rectus-abdominis', 'rectus abdominis', 'front', e(8, 162, 6.5, 28)),
  r('obliques', 'abdominal wall (side)', 'front', e(28, 178, 7, 18, 15)),
  r('biceps', 'front of the upper arm', 'front', e(62, 124, 7, 22, -6)),
  r('forearm-flexors', 'forearm flexors', 'front', e(68, 198, 5.5, 24, -6)),
  r('brachioradialis', 'brachioradialis', 'front', e(77, 178, 3.5, 14, -10)),
  r('thenar', 'thumb muscles', 'front', e(81, 247, 3, 5)),
  r('hypothenar', 'little-finger muscles', 'front', e(71, 251, 3, 6)),
  r('palm', 'palm', 'front', e(76, 256, 3, 4)),
  r('pelvic-floor', 'pelvic floor', 'front', e(4, 234, 3, 4)),
  r('tfl', 'tensor fasciae latae', 'front', e(33, 240, 4.5, 11, 10)),
  r('adductors', 'inner thigh', 'front', e(8, 264, 5, 18, -15)),
  r('sartorius', 'sartorius', 'front', e(15, 282, 2.5, 30, 25)),
  r('rectus-femoris', 'front of the thigh', 'front', e(21, 290, 6.5, 28)),
  r('vastus-lateralis', 'outer thigh', 'front', e(32, 298, 4.5, 26, 5)),
  r('vastus-medialis', 'inner knee (vastus medialis)', 'front', e(11, 320, 5, 10, -15)),
  r('tibialis-anterior', 'front of the shin', 'front', e(25, 374, 4.5, 26)),
  r('fibularis', 'outer lower leg', 'front', e(33, 370, 3, 22)),
  r('dorsum-foot', 'top of the foot', 'front', e(25, 434, 8, 5)),
  // Back view
  r('occipital', 'back of the head', 'back', e(8, 22, 8, 5)),
  r('suboccipitals', 'suboccipitals', 'back', e(6, 48, 5, 3)),
  r('posterior-neck', 'back of the neck', 'back', e(5, 61, 4, 9)),
  r('upper-trapezius', 'upper trapezius', 'back', e(26, 72, 18, 6, 12)),
  r('middle-trapezius', 'middle trapezius', 'back', e(20, 98, 14, 6)),
  r('lower-trapezius', 'lower trapezius', 'back', e(13, 128, 6, 16, 20)),
  r('posterior-deltoid', 'back of the shoulder', 'back', e(56, 90, 7, 11, -15)),
  r('teres-major', 'teres major', 'back', e(44, 120, 8, 4, 30)),
  r('latissimus-dorsi', 'latissimus dorsi', 'back', e(34, 162, 9, 25, 20)),
  r('triceps', 'back of the upper arm', 'back', e(62, 124, 7, 22, -6)),
  r('forearm-extensors', 'forearm extensors', 'back', e(68, 198, 5.5, 24, -6)),
  r('dorsum-hand', 'back of the hand', 'back', e(76, 250, 6, 9)),
  r('erector-thoracic', 'mid back (erector spinae)', 'back', e(9, 152, 4.5, 28)),
  r('erector-lumbar', 'low back (erector spinae)', 'back', e(13, 200, 4.5, 14)),
  r('gluteus-medius', 'gluteus medius and minimus', 'back', e(30, 224, 10, 7, 10)),
  r('gluteus-maximus', 'gluteus maximus', 'back', e(19, 246, 15, 13)),
  r('hamstrings-medial', 'inner hamstrings', 'back', e(12, 296, 5, 28, -3)),
  r('hamstrings-lateral', 'outer hamstrings', 'back', e(27, 296, 5, 28, 3)),
  r('popliteus', 'back of the knee', 'back', e(22, 340, 5, 4)),
  r('gastrocnemius', 'calf (both heads)', 'back', e(17, 368, 5, 18, -5), e(27, 368, 5, 18, 5)),
  r('gastrocnemius-medial', 'inner calf', 'back', e(17, 368, 5, 18, -5)),
  r('gastrocnemius-lateral', 'outer calf', 'back', e(27, 368, 5, 18, 5)),
  r('sole', 'sole of the foot', 'back', e(24, 434, 9, 5)),
  // Insets (their own 120 × 84 box, midline x = 60)
  r('rhomboid-minor', 'rhomboid minor', 'rhomboids', e(12, 30, 9, 3, 30)),
  r('rhomboid-major', 'rhomboid major', 'rhomboids', e(14, 44, 11, 5, 30)),
  r('serratus-posterior-superior', 'serratus posterior superior', 'rhomboids', e(18, 20, 9, 2.5, 20)),
  r('levator-scapulae', 'levator scapulae', 'levator-scapulae', e(16, 20, 3.5, 16, -30)),
  r('anterior-scalene', 'anterior scalene', 'scalenes', e(9, 32, 2.5, 14, -15)),
  r('middle-scalene', 'middle scalene', 'scalenes', e(15, 32, 2.5, 14, -20)),
  r('posterior-scalene', 'posterior scalene', 'scalenes', e(21, 34, 2.5, 13, -25)),
  r('supraspinatus', 'supraspinatus', 'rotator-cuff', e(32, 24, 10, 3, 8)),
  r('infraspinatus', 'infraspinatus', 'rotator-cuff', e(30, 42, 9, 9)),
  r('teres-minor', 'teres minor', 'rotator-cuff', e(38, 58, 7, 3, 40)),
  r('subscapularis', 'subscapularis (front of the shoulder blade)', 'rotator-cuff', e(22, 46, 5, 12, 10)),
  r('quadratus-lumborum', 'quadratus lumborum', 'quadratus-lumborum', e(15, 44, 6, 16)),
  r('multifidus', 'multifidus (all levels)', 'multifidus', e(4, 42, 2.5, 36)),
  r('multifidus-cervical', 'cervical multifidus', 'multifidus', e(6, 20, 3, 9)),
  r('multifidus-thoracic', 'thoracic multifidus and rotatores', 'multifidus', e(6, 44, 3, 10)),
  r('multifidus-lumbar', 'lumbar multifidus', 'multifidus', e(6, 67, 3, 9)),
  r('piriformis', 'piriformis', 'piriformis', e(22, 38, 15, 4, 15)),
  r('deep-hip-rotators', 'deep hip rotators', 'piriformis', e(24, 52, 13, 4, 5)),
  r('psoas', 'psoas', 'iliopsoas', e(8, 40, 4, 22, -10)),
  r('iliacus', 'iliacus', 'iliopsoas', e(26, 44, 8, 12, -25)),
  r('soleus', 'soleus', 'soleus', e(22, 50, 8, 18)),
  r('tibialis-posterior', 'tibialis posterior', 'tibialis-posterior', e(22, 42, 3.5, 20)),
  r('flexor-digitorum-longus', 'flexor digitorum longus', 'tibialis-posterior', e(16, 50, 3, 16)),
  r('flexor-hallucis-longus', 'flexor hallucis longus', 'tibialis-posterior', e(28, 54, 3, 16)),
];

/** Chart region of every vocabulary muscle, by muscle id. */
export const muscleRegion: Readonly<Record<string, string>> = {
  // head and face
  temporalis: 'temporalis', masseter: 'jaw', 'medial-pterygoid': 'jaw', 'lateral-pterygoid': 'jaw', digastric: 'jaw',
  occipitofrontalis: 'forehead', frontalis: 'forehead', occipitalis: 'occipital', 'zygomaticus-major': 'jaw', platysma: 'front-neck',
  // neck
  sternocleidomastoid: 'front-neck', 'sternocleidomastoid-sternal-head': 'front-neck', 'sternocleidomastoid-clavicular-head': 'front-neck',
  'anterior-scalene': 'anterior-scalene', 'middle-scalene': 'middle-scalene', 'posterior-scalene': 'posterior-scalene',
  'splenius-capitis': 'posterior-neck', 'splenius-cervicis': 'posterior-neck', 'semispinalis-capitis': 'posterior-neck', 'semispinalis-cervicis': 'posterior-neck',
  'longissimus-capitis': 'posterior-neck', 'rectus-capitis-posterior-major': 'suboccipitals', 'rectus-capitis-posterior-minor': 'suboccipitals',
  'obliquus-capitis-inferior': 'suboccipitals', 'obliquus-capitis-superior': 'suboccipitals', 'longus-colli': 'front-neck', 'longus-capitis': 'front-neck',
  'levator-scapulae': 'levator-scapulae', 'cervical-multifidus': 'multifidus-cervical',
  // shoulder
  trapezius: 'middle-trapezius', 'upper-trapezius': 'upper-trapezius', 'middle-trapezius': 'middle-trapezius', 'lower-trapezius': 'lower-trapezius',
  'rhomboid-major': 'rhomboid-major', 'rhomboid-minor': 'rhomboid-minor', 'serratus-anterior': 'serratus-anterior',
  'pectoralis-major': 'pectoralis-major', 'pectoralis-major-clavicular-part': 'pectoralis-major', 'pectoralis-major-sternal-part': 'pectoralis-major',
  'pectoralis-major-abdominal-part': 'pectoralis-major', 'pectoralis-minor': 'pectoralis-minor', subclavius: 'pectoralis-minor',
  deltoid: 'deltoid', 'anterior-deltoid': 'anterior-deltoid', 'middle-deltoid': 'deltoid', 'posterior-deltoid': 'posterior-deltoid',
  supraspinatus: 'supraspinatus', infraspinatus: 'infraspinatus', 'teres-minor': 'teres-minor', 'teres-major': 'teres-major',
  subscapularis: 'subscapularis', 'latissimus-dorsi': 'latissimus-dorsi', coracobrachialis: 'biceps',
  // arm
  'biceps-brachii': 'biceps', 'biceps-brachii-long-head': 'biceps', 'biceps-brachii-short-head': 'biceps', brachialis: 'biceps',
  'triceps-brachii': 'triceps', 'triceps-brachii-long-head': 'triceps', 'triceps-brachii-lateral-head': 'triceps', 'triceps-brachii-medial-head': 'triceps',
  anconeus: 'triceps',
  // forearm
  brachioradialis: 'brachioradialis', 'extensor-carpi-radialis-longus': 'forearm-extensors', 'extensor-carpi-radialis-brevis': 'forearm-extensors',
  'extensor-carpi-ulnaris': 'forearm-extensors', 'extensor-digitorum': 'forearm-extensors', 'extensor-digiti-minimi': 'forearm-extensors',
  'extensor-indicis': 'forearm-extensors', supinator: 'forearm-extensors', 'abductor-pollicis-longus': 'forearm-extensors',
  'extensor-pollicis-brevis': 'forearm-extensors', 'extensor-pollicis-longus': 'forearm-extensors', 'pronator-teres': 'forearm-flexors',
  'pronator-quadratus': 'forearm-flexors', 'flexor-carpi-radialis': 'forearm-flexors', 'palmaris-longus': 'forearm-flexors',
  'flexor-carpi-ulnaris': 'forearm-flexors', 'flexor-digitorum-superficialis': 'forearm-flexors', 'flexor-digitorum-profundus': 'forearm-flexors',
  'flexor-pollicis-longus': 'forearm-flexors',
  // hand
  'adductor-pollicis': 'thenar', 'opponens-pollicis': 'thenar', 'abductor-pollicis-brevis': 'thenar', 'flexor-pollicis-brevis': 'thenar',
  'first-dorsal-interosseous': 'dorsum-hand', 'dorsal-interossei-hand': 'dorsum-hand', 'palmar-interossei': 'palm', 'lumbricals-hand': 'palm',
  'abductor-digiti-minimi-hand': 'hypothenar', 'opponens-digiti-minimi': 'hypothenar', 'flexor-digiti-minimi-brevis-hand': 'hypothenar',
  // back
  'iliocostalis-cervicis': 'posterior-neck', 'iliocostalis-thoracis': 'erector-thoracic', 'iliocostalis-lumborum': 'erector-lumbar',
  'longissimus-thoracis': 'erector-thoracic', 'longissimus-cervicis': 'posterior-neck', 'spinalis-thoracis': 'erector-thoracic',
  'semispinalis-thoracis': 'erector-thoracic', multifidus: 'multifidus', 'thoracic-multifidus': 'multifidus-thoracic', 'lumbar-multifidus': 'multifidus-lumbar',
  rotatores: 'multifidus-thoracic', 'serratus-posterior-superior': 'serratus-posterior-superior', 'serratus-posterior-inferior': 'erector-thoracic',
  'quadratus-lumborum': 'quadratus-lumborum',
  // thorax and abdomen
  'external-intercostal': 'intercostals', 'internal-intercostal': 'intercostals', 'rectus-abdominis': 'rectus-abdominis',
  'external-oblique': 'obliques', 'internal-oblique': 'obliques', 'transversus-abdominis': 'obliques', pyramidalis: 'rectus-abdominis',
  // pelvis and hip
  'psoas-major': 'psoas', 'psoas-minor': 'psoas', iliacus: 'iliacus', 'gluteus-maximus': 'gluteus-maximus', 'gluteus-medius': 'gluteus-medius',
  'gluteus-minimus': 'gluteus-medius', 'tensor-fasciae-latae': 'tfl', piriformis: 'piriformis', 'superior-gemellus': 'deep-hip-rotators',
  'inferior-gemellus': 'deep-hip-rotators', 'obturator-internus': 'deep-hip-rotators', 'obturator-externus': 'deep-hip-rotators',
  'quadratus-femoris': 'deep-hip-rotators', 'levator-ani': 'pelvic-floor', pubococcygeus: 'pelvic-floor', iliococcygeus: 'pelvic-floor',
  puborectalis: 'pelvic-floor', coccygeus: 'pelvic-floor',
  // thigh
  sartorius: 'sartorius', 'rectus-femoris': 'rectus-femoris', 'vastus-lateralis': 'vastus-lateralis', 'vastus-medialis': 'vastus-medialis',
  'vastus-medialis-oblique': 'vastus-medialis', 'vastus-intermedius': 'rectus-femoris', 'adductor-longus': 'adductors', 'adductor-brevis': 'adductors',
  'adductor-magnus': 'adductors', gracilis: 'adductors', pectineus: 'adductors', 'biceps-femoris': 'hamstrings-lateral',
  'biceps-femoris-long-head': 'hamstrings-lateral', 'biceps-femoris-short-head': 'hamstrings-lateral', semitendinosus: 'hamstrings-medial',
  semimembranosus: 'hamstrings-medial',
  // leg
  gastrocnemius: 'gastrocnemius', 'medial-gastrocnemius': 'gastrocnemius-medial', 'lateral-gastrocnemius': 'gastrocnemius-lateral',
  soleus: 'soleus', plantaris: 'gastrocnemius-lateral', popliteus: 'popliteus', 'tibialis-anterior': 'tibialis-anterior',
  'extensor-digitorum-longus': 'tibialis-anterior', 'extensor-hallucis-longus': 'tibialis-anterior', 'fibularis-longus': 'fibularis',
  'fibularis-brevis': 'fibularis', 'fibularis-tertius': 'fibularis', 'tibialis-posterior': 'tibialis-posterior',
  'flexor-digitorum-longus': 'flexor-digitorum-longus', 'flexor-hallucis-longus': 'flexor-hallucis-longus',
  // foot
  'extensor-digitorum-brevis': 'dorsum-foot', 'extensor-hallucis-brevis': 'dorsum-foot', 'abductor-hallucis': 'sole', 'flexor-digitorum-brevis': 'sole',
  'quadratus-plantae': 'sole', 'abductor-digiti-minimi-foot': 'sole', 'flexor-hallucis-brevis': 'sole', 'adductor-hallucis': 'sole',
  'flexor-digiti-minimi-brevis-foot': 'sole', 'dorsal-interossei-foot': 'dorsum-foot', 'plantar-interossei': 'sole', 'lumbricals-foot': 'sole',
};

/** Where a clinic's own muscle goes when neither it nor its parent has a region: its body area's main region. */
export const regionFallback: Readonly<Record<Region, string>> = {
  'head-face': 'jaw', neck: 'posterior-neck', shoulder: 'middle-trapezius', arm: 'biceps', forearm: 'forearm-extensors', hand: 'palm',
  back: 'erector-thoracic', 'thorax-abdomen': 'obliques', 'pelvis-hip': 'gluteus-maximus', thigh: 'rectus-femoris', leg: 'gastrocnemius', foot: 'sole',
};

const byId = new Map(regions.map((x) => [x.id, x]));

export function chartRegion(id: string): ChartRegion | undefined {
  return byId.get(id);
}

/** The region a muscle is drawn on: its own, its parent's, else its body area's. */
export function regionOfMuscle(muscle: { id: string; parent?: string; region?: Region }): ChartRegion | undefined {
  const id = muscleRegion[muscle.id] ?? (muscle.parent ? muscleRegion[muscle.parent] : undefined) ?? (muscle.region ? regionFallback[muscle.region] : undefined);
  return id ? byId.get(id) : undefined;
}
