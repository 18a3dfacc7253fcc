// Muscles most often needled in practice (brief §5, §6 and the regional chapters of the trigger
// point manuals): completions offer these before the rest of the vocabulary.
export const commonlyNeedled: readonly string[] = [
  'upper-trapezius', 'levator-scapulae', 'middle-trapezius', 'lower-trapezius', 'rhomboid-major', 'rhomboid-minor', 'infraspinatus', 'supraspinatus',
  'teres-minor', 'teres-major', 'splenius-capitis', 'splenius-cervicis', 'semispinalis-capitis', 'obliquus-capitis-inferior', 'sternocleidomastoid',
  'anterior-scalene', 'middle-scalene', 'pectoralis-major', 'pectoralis-minor', 'latissimus-dorsi', 'serratus-anterior', 'subscapularis', 'posterior-deltoid',
  'anterior-deltoid', 'deltoid', 'lumbar-multifidus', 'multifidus', 'quadratus-lumborum', 'iliocostalis-lumborum', 'longissimus-thoracis', 'gluteus-medius',
  'gluteus-minimus', 'gluteus-maximus', 'piriformis', 'tensor-fasciae-latae', 'iliacus', 'psoas-major', 'adductor-longus', 'vastus-lateralis', 'vastus-medialis',
  'rectus-femoris', 'biceps-femoris', 'semitendinosus', 'gastrocnemius', 'medial-gastrocnemius', 'lateral-gastrocnemius', 'soleus', 'tibialis-anterior',
  'fibularis-longus', 'extensor-carpi-radialis-brevis', 'extensor-carpi-radialis-longus', 'extensor-digitorum', 'masseter', 'temporalis',
];
