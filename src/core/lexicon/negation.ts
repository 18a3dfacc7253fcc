// The plain words that negate what follows them ("no bruising", "denies dizziness", "not obtained").
// Each reader adds the words its own question needs (a refusal for consent, "ruled out" for a handout trigger).
export const NEGATION_TERMS: readonly string[] = ['no', 'not', 'nil', 'never', 'without', 'denies', 'denied'];

/** Words a negation may take before what it negates ("no new red flags", "denies any SOB", "no further bruising"). */
export const NEGATION_QUALIFIERS: readonly string[] = ['new', 'other', 'further', 'any', 'known', 'obvious', 'current', 'reported', 'significant'];

/** Verb phrases that negate: "did not", "unable to", "can't". */
export const NEGATED_VERB_TERMS: readonly string[] = ['unable to', 'did not', 'does not', "doesn't", "didn't", "won't", 'cannot', "can't"];

/**
 * Not wanting it, which refuses what follows ("did not want DN to the neck", "preferred not to have the piriformis
 * needled"): a refusal for consent, and for a muscle so named, needling not done.
 */
export const UNWILLING_TERMS: readonly string[] = [
  'does not want', 'did not want', 'do not want', "doesn't want", "didn't want", 'does not wish', 'did not wish',
  'preferred not to', 'prefers not to', 'would prefer not to', 'would rather not',
  'not keen on', 'not keen to', 'not keen for', "wasn't keen on", "wasn't keen to", "isn't keen on", "isn't keen to",
];

/** "be" negated in one word, before what the patient was or was not: "wasn't keen", "isn't happy to". */
export const NEGATED_BE_TERMS: readonly string[] = ["wasn't", "isn't", "weren't"];
