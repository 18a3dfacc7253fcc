// Muscles clinicians needle, with the forms they type and the structures a needle can reach.
// Sources: clinical brief §5 (risk sites), §6 (names and typed forms) and §13.2 (risk lists).
//
// Conventions:
// - `shorthand` is case-sensitive and never an ambiguous token (ambiguous.ts) or a reserved
//   abbreviation with a non-muscle meaning (TB = taut band, ED = emergency department, PIR =
//   post-isometric relaxation, IP = interphalangeal, L-MF reads as "left MF").
// - `synonyms` are case-insensitive; a bare "lat" is left out on purpose because notes use it
//   for "lateral" ("lat ptery", "lat aspect"); "lats" is kept.
// - `parent` rolls parts and heads up to the muscle a billing counter counts (brief §8.2, a
//   conservative assumption payers may not share). Regions of one named muscle (cervical,
//   thoracic, lumbar multifidus) roll up too; separately named muscles of a group (iliocostalis
//   lumborum vs thoracis, the scalenes) do not.
// - lungProximity 'S' = pleura/lung proximity reported in sources, 'A' = anatomically possible.

import type { Muscle, Region, Risk } from './types';

type Extra = Partial<Pick<Muscle, 'shorthand' | 'synonyms' | 'lungProximity' | 'atRisk' | 'parent' | 'lungOnly'>> & { risks?: Risk[] };

function m(id: string, name: string, region: Region, extra: Extra = {}): Muscle {
  return {
    id, name, region,
    shorthand: extra.shorthand ?? [],
    synonyms: extra.synonyms ?? [],
    risks: extra.risks ?? [],
    ...(extra.lungProximity ? { lungProximity: extra.lungProximity } : {}),
    ...(extra.atRisk ? { atRisk: extra.atRisk } : {}),
    ...(extra.parent ? { parent: extra.parent } : {}),
    ...(extra.lungOnly ? { lungOnly: extra.lungOnly } : {}),
  };
}

// Plain-words structures, shared by several entries.
const PLEURA = 'pleura and lung';
const SCIATIC = 'sciatic nerve';
const FEMORAL = 'femoral artery, vein and nerve (femoral triangle)';
const POPLITEAL = 'popliteal artery and vein, tibial nerve';
const SUBOCCIPITAL = 'brainstem and spinal meninges; vertebral artery';
const lung = (p: 'S' | 'A', atRisk = PLEURA): Extra => ({ risks: ['lung'], lungProximity: p, atRisk });
const nv = (atRisk: string): Extra => ({ risks: ['neurovascular'], atRisk });

const headFace: Muscle[] = [
  m('temporalis', 'temporalis', 'head-face', { synonyms: ['temporalis m', 'temporal muscle'] }),
  m('masseter', 'masseter', 'head-face', { synonyms: ['superficial masseter', 'deep masseter', 'masseter m'], ...nv('parotid gland and facial nerve branches') }),
  m('medial-pterygoid', 'medial pterygoid', 'head-face', { shorthand: ['MPt'], synonyms: ['med ptery', 'med pterygoid', 'pterygoideus medialis'] }),
  m('lateral-pterygoid', 'lateral pterygoid', 'head-face', { shorthand: ['LPt'], synonyms: ['lat ptery', 'lat pterygoid', 'pterygoideus lateralis'], ...nv('maxillary artery') }),
  m('digastric', 'digastric', 'head-face', { synonyms: ['digastric posterior belly', 'posterior digastric', 'digastricus'], ...nv('vessels and nerves below the angle of the jaw') }),
  m('occipitofrontalis', 'occipitofrontalis', 'head-face', { synonyms: ['epicranius'] }),
  m('frontalis', 'frontalis', 'head-face', { synonyms: ['frontal belly', 'occipitofrontalis frontal belly'], parent: 'occipitofrontalis' }),
  m('occipitalis', 'occipitalis', 'head-face', { synonyms: ['occipital belly', 'occipitofrontalis occipital belly'], parent: 'occipitofrontalis' }),
  m('zygomaticus-major', 'zygomaticus major', 'head-face', { synonyms: ['zygomaticus'] }),
  m('platysma', 'platysma', 'head-face', nv('superficial neck veins')),
];

const neck: Muscle[] = [
  m('sternocleidomastoid', 'sternocleidomastoid', 'neck', { shorthand: ['SCM'], synonyms: ['sternomastoid', 'sterno cleido mastoid'], ...nv('carotid sheath and major neck vessels') }),
  m('sternocleidomastoid-sternal-head', 'sternocleidomastoid sternal head', 'neck', { synonyms: ['scm sternal head', 'sternal scm', 'sternal head of sternocleidomastoid'], ...nv('carotid sheath and major neck vessels'), parent: 'sternocleidomastoid' }),
  m('sternocleidomastoid-clavicular-head', 'sternocleidomastoid clavicular head', 'neck', { synonyms: ['scm clavicular head', 'clavicular scm', 'clavicular head of sternocleidomastoid'], ...nv('carotid sheath and major neck vessels'), parent: 'sternocleidomastoid' }),
  // Scalenes sit over the lung apex and the brachial plexus; 'S' only where a source says so.
  m('anterior-scalene', 'anterior scalene', 'neck', { synonyms: ['ant scalene', 'scalenus anterior', 'anterior scalenus'], risks: ['lung', 'neurovascular'], lungProximity: 'S', atRisk: 'lung apex, brachial plexus, subclavian vessels, phrenic nerve' }),
  m('middle-scalene', 'middle scalene', 'neck', { synonyms: ['mid scalene', 'scalenus medius', 'middle scalenus'], risks: ['lung', 'neurovascular'], lungProximity: 'A', atRisk: 'lung apex, brachial plexus' }),
  m('posterior-scalene', 'posterior scalene', 'neck', { synonyms: ['post scalene', 'scalenus posterior', 'posterior scalenus'], risks: ['lung', 'neurovascular'], lungProximity: 'A', atRisk: 'lung apex, brachial plexus' }),
  m('splenius-capitis', 'splenius capitis', 'neck', { shorthand: ['SpCap'], synonyms: ['splenius cap'] }),
  m('splenius-cervicis', 'splenius cervicis', 'neck', { shorthand: ['SpCerv'], synonyms: ['splenius cerv'], ...lung('A', 'pleura and lung apex (lower fibres)') }),
  m('semispinalis-capitis', 'semispinalis capitis', 'neck', { shorthand: ['SSCap'], synonyms: ['semispinalis cap'], risks: ['neuraxis'], atRisk: 'spinal canal if directed deep and medially' }),
  m('semispinalis-cervicis', 'semispinalis cervicis', 'neck', { shorthand: ['SSCerv'], synonyms: ['semispinalis cerv'], risks: ['neuraxis'], atRisk: 'spinal canal if directed deep and medially' }),
  m('longissimus-capitis', 'longissimus capitis', 'neck', { synonyms: ['long capitis'] }),
  m('rectus-capitis-posterior-major', 'rectus capitis posterior major', 'neck', { shorthand: ['RCPmaj'], synonyms: ['rcp major', 'rcp maj'], risks: ['neuraxis', 'neurovascular'], atRisk: SUBOCCIPITAL }),
  m('rectus-capitis-posterior-minor', 'rectus capitis posterior minor', 'neck', { shorthand: ['RCPmin'], synonyms: ['rcp minor', 'rcp min'], risks: ['neuraxis'], atRisk: 'brainstem and spinal meninges' }),
  m('obliquus-capitis-inferior', 'obliquus capitis inferior', 'neck', { shorthand: ['OCI'], synonyms: ['oblique capitis inferior', 'inferior oblique neck', 'inferior oblique of the neck'], risks: ['neuraxis', 'neurovascular'], atRisk: SUBOCCIPITAL }),
  m('obliquus-capitis-superior', 'obliquus capitis superior', 'neck', { shorthand: ['OCS'], synonyms: ['oblique capitis superior', 'superior oblique neck'], risks: ['neuraxis', 'neurovascular'], atRisk: SUBOCCIPITAL }),
  m('longus-colli', 'longus colli', 'neck', nv('carotid artery (anterior approach)')),
  m('longus-capitis', 'longus capitis', 'neck', nv('carotid artery (anterior approach)')),
  m('levator-scapulae', 'levator scapulae', 'neck', { synonyms: ['lev scap', 'levator', 'levator scap', 'levator scapula'], ...lung('A', 'pleura and lung apex (lower portion)') }),
];

const shoulder: Muscle[] = [
  m('trapezius', 'trapezius', 'shoulder', { synonyms: ['trapezius m', 'whole trapezius'], ...lung('S') }),
  m('upper-trapezius', 'upper trapezius', 'shoulder', { shorthand: ['UT', 'UFT'],
    synonyms: [
      'upper trap', 'descending trapezius', 'trapezius descending part', 'descending part of trapezius',
      'trapezius pars descendens', 'pars descendens trapezii', 'upper fibres of trapezius',
      'upper fibers of trapezius', 'upper trapezius fibres', 'upper trapezius fibers',
    ],
    ...lung('S', 'pleura and lung apex (direct the needle caudally and away from the lung)'), parent: 'trapezius' }),
  m('middle-trapezius', 'middle trapezius', 'shoulder', {
    synonyms: [
      'mid trap', 'middle trap', 'mid trapezius', 'transverse trapezius', 'trapezius transverse part',
      'trapezius pars transversa', 'pars transversa trapezii', 'middle fibres of trapezius',
      'middle fibers of trapezius',
    ],
    ...lung('S'), parent: 'trapezius' }),
  m('lower-trapezius', 'lower trapezius', 'shoulder', {
    synonyms: [
      'lower trap', 'low trap', 'ascending trapezius', 'trapezius ascending part', 'trapezius pars ascendens',
      'pars ascendens trapezii', 'lower fibres of trapezius', 'lower fibers of trapezius',
    ],
    ...lung('S'), parent: 'trapezius' }),
  m('rhomboid-major', 'rhomboid major', 'shoulder', { synonyms: ['rhomboid maj', 'rhomboideus major'], ...lung('S', 'pleura and lung (shallow: about 19 mm or less)') }),
  m('rhomboid-minor', 'rhomboid minor', 'shoulder', { synonyms: ['rhomboid min', 'rhomboideus minor'], ...lung('S') }),
  m('serratus-anterior', 'serratus anterior', 'shoulder', { synonyms: ['serratus ant', 'serratus'], ...lung('S') }),
  m('pectoralis-major', 'pectoralis major', 'shoulder', { synonyms: ['pec major', 'pec maj', 'pectoralis maj'], ...lung('S') }),
  m('pectoralis-major-clavicular-part', 'pectoralis major clavicular part', 'shoulder', { synonyms: ['clavicular pec major', 'pec major clavicular', 'pectoralis major clavicular head', 'clavicular head of pectoralis major'], ...lung('S'), parent: 'pectoralis-major' }),
  m('pectoralis-major-sternal-part', 'pectoralis major sternal part', 'shoulder', { synonyms: ['sternal pec major', 'pec major sternal', 'pectoralis major sternal head', 'pectoralis major sternocostal part'], ...lung('S'), parent: 'pectoralis-major' }),
  m('pectoralis-major-abdominal-part', 'pectoralis major abdominal part', 'shoulder', { synonyms: ['pec major abdominal', 'pectoralis major abdominal head'], ...lung('S'), parent: 'pectoralis-major' }),
  // Neurovascular flag is anatomy: the axillary vessels and brachial plexus run deep to it.
  m('pectoralis-minor', 'pectoralis minor', 'shoulder', { synonyms: ['pec minor', 'pec min', 'pectoralis min'], risks: ['lung', 'neurovascular'], lungProximity: 'A', atRisk: 'pleura and lung; axillary vessels and brachial plexus' }),
  m('subclavius', 'subclavius', 'shoulder', { risks: ['lung', 'neurovascular'], lungProximity: 'A', atRisk: 'pleura and lung; subclavian vessels' }),
  m('deltoid', 'deltoid', 'shoulder', { synonyms: ['delt', 'deltoideus'] }),
  m('anterior-deltoid', 'anterior deltoid', 'shoulder', { synonyms: ['ant delt', 'anterior delt', 'front delt', 'deltoid anterior', 'deltoid clavicular part'], parent: 'deltoid' }),
  m('middle-deltoid', 'middle deltoid', 'shoulder', { synonyms: ['mid delt', 'middle delt', 'lateral deltoid', 'lateral delt', 'deltoid acromial part'], parent: 'deltoid' }),
  m('posterior-deltoid', 'posterior deltoid', 'shoulder', { synonyms: ['post delt', 'posterior delt', 'rear delt', 'deltoid spinal part'], parent: 'deltoid' }),
  m('supraspinatus', 'supraspinatus', 'shoulder', { shorthand: ['SSP'], synonyms: ['supra'], ...lung('S', 'pleura and lung apex (needle directed medially or deep)') }),
  m('infraspinatus', 'infraspinatus', 'shoulder', { shorthand: ['ISP'], synonyms: ['infra'], risks: ['lung', 'neurovascular'], lungProximity: 'S', atRisk: 'pleura (possible gaps in the scapula); suprascapular nerve' }),
  m('teres-minor', 'teres minor', 'shoulder', { shorthand: ['TMin'], synonyms: ['teres min'] }),
  m('teres-major', 'teres major', 'shoulder', { shorthand: ['TMaj'], synonyms: ['teres maj'], ...lung('A', 'chest wall, pleura and lung') }),
  m('subscapularis', 'subscapularis', 'shoulder', { synonyms: ['subscap'], risks: ['lung', 'neurovascular'], lungProximity: 'A', atRisk: 'chest wall and pleura; axillary vessels and brachial plexus (axillary approach)' }),
  m('latissimus-dorsi', 'latissimus dorsi', 'shoulder', { shorthand: ['LD'], synonyms: ['lats', 'lat dorsi', 'latissimus'], ...lung('S', 'pleura and lung (inferior, thoracic part; use a pincer grip)') }),
  m('coracobrachialis', 'coracobrachialis', 'shoulder', { synonyms: ['coracobrach'], ...nv('musculocutaneous nerve') }),
];

const arm: Muscle[] = [
  m('biceps-brachii', 'biceps brachii', 'arm', { shorthand: ['BB'], synonyms: ['biceps', 'bicep'] }),
  m('biceps-brachii-long-head', 'biceps brachii long head', 'arm', { shorthand: ['LHB'], synonyms: ['long head of biceps', 'biceps long head'], parent: 'biceps-brachii' }),
  m('biceps-brachii-short-head', 'biceps brachii short head', 'arm', { shorthand: ['SHB'], synonyms: ['short head of biceps', 'biceps short head'], parent: 'biceps-brachii' }),
  m('brachialis', 'brachialis', 'arm', nv('radial nerve (lateral side)')),
  // No "TB" shorthand: in DN notes TB is the taut band.
  m('triceps-brachii', 'triceps brachii', 'arm', { synonyms: ['triceps', 'tricep'] }),
  m('triceps-brachii-long-head', 'triceps brachii long head', 'arm', { synonyms: ['triceps long head', 'long head of triceps'], parent: 'triceps-brachii' }),
  m('triceps-brachii-lateral-head', 'triceps brachii lateral head', 'arm', { synonyms: ['triceps lateral head', 'lateral head of triceps'], parent: 'triceps-brachii' }),
  m('triceps-brachii-medial-head', 'triceps brachii medial head', 'arm', { synonyms: ['triceps medial head', 'medial head of triceps'], parent: 'triceps-brachii' }),
  m('anconeus', 'anconeus', 'arm'),
];

const forearm: Muscle[] = [
  m('brachioradialis', 'brachioradialis', 'forearm', { shorthand: ['BR'], synonyms: ['brachiorad'], ...nv('radial nerve') }),
  m('extensor-carpi-radialis-longus', 'extensor carpi radialis longus', 'forearm', { shorthand: ['ECRL'], synonyms: ['ext carpi radialis longus', 'ext carpi rad longus'] }),
  m('extensor-carpi-radialis-brevis', 'extensor carpi radialis brevis', 'forearm', { shorthand: ['ECRB'], synonyms: ['ext carpi radialis brevis', 'ext carpi rad brevis'] }),
  m('extensor-carpi-ulnaris', 'extensor carpi ulnaris', 'forearm', { shorthand: ['ECU'], synonyms: ['ext carpi ulnaris'] }),
  // No "ED" shorthand: ED is the emergency department in aftercare lines.
  m('extensor-digitorum', 'extensor digitorum', 'forearm', { shorthand: ['EDC'], synonyms: ['extensor digitorum communis', 'ext digitorum', 'ext digitorum communis'] }),
  m('extensor-digiti-minimi', 'extensor digiti minimi', 'forearm', { shorthand: ['EDM'], synonyms: ['ext digiti minimi'] }),
  m('extensor-indicis', 'extensor indicis', 'forearm', { shorthand: ['EI'], synonyms: ['ext indicis'] }),
  m('supinator', 'supinator', 'forearm', nv('deep branch of the radial nerve (posterior interosseous nerve)')),
  m('abductor-pollicis-longus', 'abductor pollicis longus', 'forearm', { shorthand: ['APL'], synonyms: ['abd pollicis longus'] }),
  m('extensor-pollicis-brevis', 'extensor pollicis brevis', 'forearm', { shorthand: ['EPB'], synonyms: ['ext pollicis brevis'] }),
  m('extensor-pollicis-longus', 'extensor pollicis longus', 'forearm', { shorthand: ['EPL'], synonyms: ['ext pollicis longus'] }),
  m('pronator-teres', 'pronator teres', 'forearm', nv('median nerve (needle length by forearm size)')),
  m('pronator-quadratus', 'pronator quadratus', 'forearm', { shorthand: ['PQ'], ...nv('anterior interosseous nerve and vessels') }),
  m('flexor-carpi-radialis', 'flexor carpi radialis', 'forearm', { shorthand: ['FCR'], synonyms: ['flex carpi radialis'], ...nv('radial artery') }),
  m('palmaris-longus', 'palmaris longus', 'forearm', { synonyms: ['palmaris'] }),
  m('flexor-carpi-ulnaris', 'flexor carpi ulnaris', 'forearm', { shorthand: ['FCU'], synonyms: ['flex carpi ulnaris'], ...nv('ulnar nerve and artery') }),
  m('flexor-digitorum-superficialis', 'flexor digitorum superficialis', 'forearm', { shorthand: ['FDS'], synonyms: ['flexor digitorum sublimis'], ...nv('median nerve') }),
  m('flexor-digitorum-profundus', 'flexor digitorum profundus', 'forearm', { shorthand: ['FDP'], ...nv('ulnar nerve, anterior interosseous nerve') }),
  m('flexor-pollicis-longus', 'flexor pollicis longus', 'forearm', { shorthand: ['FPL'], ...nv('anterior interosseous nerve, radial artery') }),
];

// Hand and foot both have an abductor digiti minimi, interossei and lumbricals: the bare names
// are ambiguous (ambiguous.ts), so each entry names its side of the body.
const hand: Muscle[] = [
  m('adductor-pollicis', 'adductor pollicis', 'hand', { shorthand: ['AddP'], synonyms: ['adductor poll', 'add pollicis'] }),
  m('opponens-pollicis', 'opponens pollicis', 'hand', { synonyms: ['opponens'] }),
  m('abductor-pollicis-brevis', 'abductor pollicis brevis', 'hand', { shorthand: ['APB'], synonyms: ['abd pollicis brevis'] }),
  m('flexor-pollicis-brevis', 'flexor pollicis brevis', 'hand', { shorthand: ['FPB'] }),
  m('first-dorsal-interosseous', 'first dorsal interosseous', 'hand', { shorthand: ['FDI'], synonyms: ['1st dorsal interosseous', '1st di', 'first di', 'first dorsal interosseus'] }),
  m('dorsal-interossei-hand', 'dorsal interossei of hand', 'hand', { synonyms: ['dorsal interossei hand', 'hand dorsal interossei', 'dorsal interosseous hand'] }),
  m('palmar-interossei', 'palmar interossei', 'hand', { synonyms: ['palmar interosseous', 'volar interossei'] }),
  m('lumbricals-hand', 'lumbricals of hand', 'hand', { synonyms: ['hand lumbricals', 'lumbricals hand', 'lumbrical hand'] }),
  m('abductor-digiti-minimi-hand', 'abductor digiti minimi of hand', 'hand', { synonyms: ['abductor digiti minimi hand', 'abductor digiti quinti hand', 'hand abductor digiti minimi'] }),
  m('opponens-digiti-minimi', 'opponens digiti minimi', 'hand', { shorthand: ['ODM'] }),
  m('flexor-digiti-minimi-brevis-hand', 'flexor digiti minimi brevis of hand', 'hand', { synonyms: ['flexor digiti minimi brevis hand', 'flexor digiti minimi hand'] }),
];

const back: Muscle[] = [
  m('iliocostalis-cervicis', 'iliocostalis cervicis', 'back', { synonyms: ['iliocost cerv', 'iliocostalis cerv'], ...lung('A') }),
  m('iliocostalis-thoracis', 'iliocostalis thoracis', 'back', { shorthand: ['ICT'], synonyms: ['iliocost thor', 'iliocostalis thor'], ...lung('S', 'pleura and lung (bracket against a rib)') }),
  m('iliocostalis-lumborum', 'iliocostalis lumborum', 'back', { shorthand: ['ICL'], synonyms: ['iliocost lumb', 'iliocostalis lumb'], risks: ['organ'], atRisk: 'kidney and peritoneum' }),
  m('longissimus-thoracis', 'longissimus thoracis', 'back', { synonyms: ['long thor', 'longissimus thor'], ...lung('S', 'pleura and lung (bracket against a rib)'), lungOnly: 'thoracic-levels' }),
  m('longissimus-cervicis', 'longissimus cervicis', 'back', { synonyms: ['long cerv', 'longissimus cerv'] }),
  m('spinalis-thoracis', 'spinalis thoracis', 'back', { synonyms: ['spinalis'], ...lung('A'), lungOnly: 'thoracic-levels' }),
  m('semispinalis-thoracis', 'semispinalis thoracis', 'back', { shorthand: ['SST'], synonyms: ['semispinalis thor'], ...lung('A') }),
  // Multifidus is one named muscle spanning the spine; the level changes what is at risk, not the billing unit.
  m('multifidus', 'multifidus', 'back', { shorthand: ['MF'], synonyms: ['multifidi'], risks: ['lung', 'organ', 'neuraxis'], lungProximity: 'A', atRisk: 'depends on level: spinal canal; pleura (thoracic); kidney (upper lumbar)', lungOnly: 'thoracic-levels' }),
  m('cervical-multifidus', 'cervical multifidus', 'neck', { shorthand: ['C-MF'], synonyms: ['cervical multifidi'], risks: ['neuraxis', 'neurovascular'], atRisk: 'spinal canal and vertebral artery', parent: 'multifidus' }),
  m('thoracic-multifidus', 'thoracic multifidus', 'back', { shorthand: ['T-MF'], synonyms: ['thoracic multifidi'], risks: ['lung', 'neuraxis'], lungProximity: 'S', atRisk: 'pleura and lung; spinal canal (T12/L1)', parent: 'multifidus' }),
  m('lumbar-multifidus', 'lumbar multifidus', 'back', { synonyms: ['lumbar multifidi'], risks: ['organ', 'neuraxis'], atRisk: 'spinal canal (T12/L1); kidney if lateral at L1-L3', parent: 'multifidus' }),
  m('rotatores', 'rotatores', 'back', { synonyms: ['rotatores thoracis', 'rotatores muscles'], ...lung('A'), lungOnly: 'thoracic-levels' }),
  m('serratus-posterior-superior', 'serratus posterior superior', 'back', { shorthand: ['SPS'], synonyms: ['serratus post sup'], ...lung('A') }),
  m('serratus-posterior-inferior', 'serratus posterior inferior', 'back', { shorthand: ['SPI'], synonyms: ['serratus post inf'], risks: ['lung', 'organ'], lungProximity: 'A', atRisk: 'pleura and lung; kidney' }),
  m('quadratus-lumborum', 'quadratus lumborum', 'back', { shorthand: ['QL'], synonyms: ['quad lumborum'], risks: ['organ'], atRisk: 'kidney (do not needle the 12th-rib insertion)' }),
];

const thoraxAbdomen: Muscle[] = [
  m('external-intercostal', 'external intercostal', 'thorax-abdomen', { synonyms: ['ext intercostal', 'ext intercostals', 'external intercostals'], ...lung('A') }),
  m('internal-intercostal', 'internal intercostal', 'thorax-abdomen', { synonyms: ['int intercostal', 'int intercostals', 'internal intercostals'], ...lung('A') }),
  m('rectus-abdominis', 'rectus abdominis', 'thorax-abdomen', { synonyms: ['rectus abd', 'rectus abdominus', 'rect abd'], risks: ['organ', 'lung'], lungProximity: 'S', atRisk: 'peritoneum (pincer grasp); pleura over the ribs (upper part)', lungOnly: 'over-the-ribs' }),
  m('external-oblique', 'external oblique', 'thorax-abdomen', { shorthand: ['EO'], synonyms: ['ext oblique', 'obliquus externus abdominis'], risks: ['organ', 'lung'], lungProximity: 'S', atRisk: 'peritoneum; pleura where it lies over the ribs', lungOnly: 'over-the-ribs' }),
  m('internal-oblique', 'internal oblique', 'thorax-abdomen', { synonyms: ['int oblique', 'obliquus internus abdominis'], risks: ['organ'], atRisk: 'peritoneum and bowel' }),
  m('transversus-abdominis', 'transversus abdominis', 'thorax-abdomen', { shorthand: ['TrA', 'TvA'], synonyms: ['transverse abdominis', 'transversus abdominus', 'transverse abdominal'], risks: ['organ'], atRisk: 'peritoneum and bowel' }),
  m('pyramidalis', 'pyramidalis', 'thorax-abdomen', { risks: ['organ'], atRisk: 'bladder and peritoneum' }),
];

const pelvisHip: Muscle[] = [
  m('psoas-major', 'psoas major', 'pelvis-hip', { synonyms: ['psoas'], risks: ['organ', 'neurovascular'], atRisk: 'peritoneum and bowel; lumbar plexus' }),
  m('psoas-minor', 'psoas minor', 'pelvis-hip', { risks: ['organ'], atRisk: 'peritoneum and bowel' }),
  m('iliacus', 'iliacus', 'pelvis-hip', nv('femoral nerve (safer side-lying)')),
  m('gluteus-maximus', 'gluteus maximus', 'pelvis-hip', { shorthand: ['GMax'], synonyms: ['g max', 'gmax', 'glute max', 'glut max', 'gluteus max'], ...nv(SCIATIC) }),
  m('gluteus-medius', 'gluteus medius', 'pelvis-hip', { shorthand: ['GMed'], synonyms: ['g med', 'gmed', 'glute med', 'glut med', 'gluteus med'], ...nv('sciatic nerve (deep, inferior)') }),
  m('gluteus-minimus', 'gluteus minimus', 'pelvis-hip', { shorthand: ['GMin'], synonyms: ['g min', 'gmin', 'glute min', 'glut min', 'gluteus min'], ...nv('sciatic nerve; hip joint capsule') }),
  m('tensor-fasciae-latae', 'tensor fasciae latae', 'pelvis-hip', { shorthand: ['TFL'], synonyms: ['tensor fascia lata', 'tensor fascia latae', 'tensor fasciae lata'] }),
  m('piriformis', 'piriformis', 'pelvis-hip', { synonyms: ['piri'], ...nv(SCIATIC) }),
  m('superior-gemellus', 'superior gemellus', 'pelvis-hip', { synonyms: ['gemellus superior', 'gemellus sup', 'sup gemellus'], ...nv(SCIATIC) }),
  m('inferior-gemellus', 'inferior gemellus', 'pelvis-hip', { synonyms: ['gemellus inferior', 'gemellus inf', 'inf gemellus'], ...nv(SCIATIC) }),
  m('obturator-internus', 'obturator internus', 'pelvis-hip', { synonyms: ['obturator int', 'obt int'], ...nv('sciatic and pudendal nerves') }),
  m('obturator-externus', 'obturator externus', 'pelvis-hip', { shorthand: ['OE'], synonyms: ['obturator ext', 'obt ext'], ...nv('obturator nerve') }),
  m('quadratus-femoris', 'quadratus femoris', 'pelvis-hip', nv(SCIATIC)),
  // Pelvic-floor needling is a specialist, internal approach next to pelvic organs.
  m('levator-ani', 'levator ani', 'pelvis-hip', { synonyms: ['levators'], risks: ['organ'], atRisk: 'pelvic organs (internal approach)' }),
  m('pubococcygeus', 'pubococcygeus', 'pelvis-hip', { synonyms: ['pubococcygeal'], risks: ['organ'], atRisk: 'pelvic organs (internal approach)', parent: 'levator-ani' }),
  m('iliococcygeus', 'iliococcygeus', 'pelvis-hip', { risks: ['organ'], atRisk: 'pelvic organs (internal approach)', parent: 'levator-ani' }),
  m('puborectalis', 'puborectalis', 'pelvis-hip', { risks: ['organ'], atRisk: 'pelvic organs (internal approach)', parent: 'levator-ani' }),
  m('coccygeus', 'coccygeus', 'pelvis-hip', { synonyms: ['ischiococcygeus'], risks: ['organ'], atRisk: 'pelvic organs (internal approach)' }),
];

const thigh: Muscle[] = [
  m('sartorius', 'sartorius', 'thigh', { synonyms: ['sart'], ...nv(FEMORAL) }),
  m('rectus-femoris', 'rectus femoris', 'thigh', { shorthand: ['RF'], synonyms: ['rec fem', 'rectus fem'], ...nv('femoral artery and nerve (proximal)') }),
  m('vastus-lateralis', 'vastus lateralis', 'thigh', { shorthand: ['VL'], synonyms: ['vastus lat'] }),
  m('vastus-medialis', 'vastus medialis', 'thigh', { shorthand: ['VM'], synonyms: ['vastus med'], ...nv('femoral artery and nerve') }),
  m('vastus-medialis-oblique', 'vastus medialis oblique', 'thigh', { shorthand: ['VMO'], synonyms: ['vastus medialis obliquus'], ...nv('femoral artery and nerve'), parent: 'vastus-medialis' }),
  m('vastus-intermedius', 'vastus intermedius', 'thigh', { shorthand: ['VI'], synonyms: ['vastus int', 'vastus intermed'] }),
  m('adductor-longus', 'adductor longus', 'thigh', { synonyms: ['add longus', 'adductor long'], ...nv(FEMORAL) }),
  m('adductor-brevis', 'adductor brevis', 'thigh', { synonyms: ['add brevis'], ...nv('femoral vessels; obturator nerve') }),
  m('adductor-magnus', 'adductor magnus', 'thigh', { synonyms: ['add magnus', 'add mag'], ...nv('femoral vessels; sciatic nerve') }),
  m('gracilis', 'gracilis', 'thigh'),
  m('pectineus', 'pectineus', 'thigh', nv(FEMORAL)),
  m('biceps-femoris', 'biceps femoris', 'thigh', { shorthand: ['BF'], synonyms: ['biceps fem'], ...nv('sciatic, tibial and common fibular nerves') }),
  m('biceps-femoris-long-head', 'biceps femoris long head', 'thigh', { shorthand: ['BFLH'], synonyms: ['long head of biceps femoris', 'BF long head', 'biceps fem long head'], ...nv('sciatic nerve'), parent: 'biceps-femoris' }),
  m('biceps-femoris-short-head', 'biceps femoris short head', 'thigh', { shorthand: ['BFSH'], synonyms: ['short head of biceps femoris', 'BF short head', 'biceps fem short head'], ...nv('common fibular nerve'), parent: 'biceps-femoris' }),
  m('semitendinosus', 'semitendinosus', 'thigh', { synonyms: ['semiten', 'semi tendinosus', 'semitend'], ...nv('sciatic nerve, popliteal artery') }),
  m('semimembranosus', 'semimembranosus', 'thigh', { synonyms: ['semimem', 'semi membranosus'], ...nv('sciatic nerve, popliteal artery') }),
];

const leg: Muscle[] = [
  m('gastrocnemius', 'gastrocnemius', 'leg', { synonyms: ['gastroc', 'gastrocnemius m'], ...nv(POPLITEAL) }),
  m('medial-gastrocnemius', 'medial gastrocnemius', 'leg', { shorthand: ['MG'], synonyms: ['gastrocnemius medial head', 'medial head of gastrocnemius', 'medial gastroc', 'med gastroc'], ...nv(POPLITEAL), parent: 'gastrocnemius' }),
  m('lateral-gastrocnemius', 'lateral gastrocnemius', 'leg', { shorthand: ['LG'], synonyms: ['gastrocnemius lateral head', 'lateral head of gastrocnemius', 'lateral gastroc', 'lat gastroc'], ...nv(POPLITEAL), parent: 'gastrocnemius' }),
  m('soleus', 'soleus', 'leg', nv('tibial nerve and posterior tibial vessels (midline)')),
  m('plantaris', 'plantaris', 'leg', nv(POPLITEAL)),
  m('popliteus', 'popliteus', 'leg', nv(POPLITEAL)),
  m('tibialis-anterior', 'tibialis anterior', 'leg', { synonyms: ['tib ant', 'tibialis ant', 'anterior tibialis'], ...nv('anterior tibial artery and vein, deep fibular nerve') }),
  m('extensor-digitorum-longus', 'extensor digitorum longus', 'leg', { shorthand: ['EDL'], synonyms: ['ext digitorum longus'], ...nv('deep fibular nerve') }),
  m('extensor-hallucis-longus', 'extensor hallucis longus', 'leg', { shorthand: ['EHL'], synonyms: ['ext hallucis longus'], ...nv('deep fibular nerve, anterior tibial artery') }),
  m('fibularis-longus', 'fibularis longus', 'leg', { shorthand: ['FL'], synonyms: ['peroneus longus', 'peroneal longus', 'fib longus', 'perineus longus'], ...nv('common fibular nerve at the fibular neck') }),
  m('fibularis-brevis', 'fibularis brevis', 'leg', { shorthand: ['PB', 'FB'], synonyms: ['peroneus brevis', 'peroneal brevis', 'fib brevis'], ...nv('common fibular nerve at the fibular neck') }),
  m('fibularis-tertius', 'fibularis tertius', 'leg', { synonyms: ['peroneus tertius', 'fib tertius'] }),
  m('tibialis-posterior', 'tibialis posterior', 'leg', { synonyms: ['tib post', 'tibialis post', 'posterior tibialis'], ...nv('posterior tibial vessels, tibial nerve') }),
  m('flexor-digitorum-longus', 'flexor digitorum longus', 'leg', { shorthand: ['FDL'], ...nv('posterior tibial vessels, tibial nerve') }),
  m('flexor-hallucis-longus', 'flexor hallucis longus', 'leg', { shorthand: ['FHL'], ...nv('posterior tibial vessels, tibial nerve') }),
];

const foot: Muscle[] = [
  m('extensor-digitorum-brevis', 'extensor digitorum brevis', 'foot', { shorthand: ['EDB'] }),
  m('extensor-hallucis-brevis', 'extensor hallucis brevis', 'foot', { shorthand: ['EHB'] }),
  m('abductor-hallucis', 'abductor hallucis', 'foot', { shorthand: ['AbH'], synonyms: ['abd hallucis'], ...nv('medial plantar nerve (tarsal tunnel)') }),
  m('flexor-digitorum-brevis', 'flexor digitorum brevis', 'foot', { shorthand: ['FDB'] }),
  m('quadratus-plantae', 'quadratus plantae', 'foot', { shorthand: ['QP'], synonyms: ['flexor accessorius'], ...nv('lateral plantar nerve') }),
  m('abductor-digiti-minimi-foot', 'abductor digiti minimi of foot', 'foot', { synonyms: ['abductor digiti minimi foot', 'abductor digiti quinti foot', 'foot abductor digiti minimi'] }),
  m('flexor-hallucis-brevis', 'flexor hallucis brevis', 'foot', { shorthand: ['FHB'] }),
  m('adductor-hallucis', 'adductor hallucis', 'foot', { shorthand: ['AdH'], synonyms: ['add hallucis'] }),
  m('flexor-digiti-minimi-brevis-foot', 'flexor digiti minimi brevis of foot', 'foot', { synonyms: ['flexor digiti minimi brevis foot', 'flexor digiti minimi foot'] }),
  m('dorsal-interossei-foot', 'dorsal interossei of foot', 'foot', { synonyms: ['dorsal interossei foot', 'foot dorsal interossei', 'dorsal interosseous foot'] }),
  m('plantar-interossei', 'plantar interossei', 'foot', { synonyms: ['plantar interosseous'] }),
  m('lumbricals-foot', 'lumbricals of foot', 'foot', { synonyms: ['foot lumbricals', 'lumbricals foot', 'lumbrical foot'] }),
];

export const muscles: readonly Muscle[] = [
  ...headFace, ...neck, ...shoulder, ...arm, ...forearm, ...hand,
  ...back, ...thoraxAbdomen, ...pelvisHip, ...thigh, ...leg, ...foot,
];
