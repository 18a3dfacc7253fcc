// Shapes of the clinical vocabulary. The data files export arrays of these.

export type Region =
  | 'head-face' | 'neck' | 'shoulder' | 'arm' | 'forearm' | 'hand'
  | 'back' | 'thorax-abdomen' | 'pelvis-hip' | 'thigh' | 'leg' | 'foot';

/** Structures a needle can reach: lung and pleura, an abdominal or pelvic organ, a nerve or vessel, the spinal canal. */
export type Risk = 'lung' | 'organ' | 'neurovascular' | 'neuraxis';

export interface Muscle {
  /** Stable kebab-case id, e.g. "upper-trapezius". */
  id: string;
  /** Canonical lower-case name as it should be written in a note, e.g. "upper trapezius". */
  name: string;
  /** Case-sensitive shorthand tokens clinicians type, e.g. ["UT", "UFT"]. Never an ambiguous token. */
  shorthand: string[];
  /** Case-insensitive alternative phrases: older terms, informal and Latin names, e.g. "upper trap", "peroneus longus". */
  synonyms: string[];
  region: Region;
  risks: Risk[];
  /** Lung proximity: 'S' = strongly reported near pleura; 'A' = anatomically possible. Only with risk 'lung'. */
  lungProximity?: 'S' | 'A';
  /** Plain-words structures at risk, shown on hover, e.g. "pleura and lung apex". */
  atRisk?: string;
  /** Id of the muscle it counts as for billing (muscle parts and heads roll up); absent = counts as itself. */
  parent?: string;
  /**
   * Over the lung only in part: `thoracic-levels` for muscles along the whole spine (over the lung where the
   * note places them at thoracic levels, or nowhere); `over-the-ribs` for the abdominal wall (over the lung
   * unless the note places it below the ribs).
   */
  lungOnly?: LungPart;
}

/** Where a muscle that lies over the lung only in part does so. */
export type LungPart = 'thoracic-levels' | 'over-the-ribs';

/** A token that names different muscles in different notes, e.g. TA = tibialis anterior or transversus abdominis. */
export interface AmbiguousToken {
  /** Matched case-sensitively when it has no lower-case letter ("PT"), otherwise case-insensitively. */
  token: string;
  candidates: string[]; // muscle ids
  /** Non-muscle readings in plain words, e.g. "physical therapist", "left". */
  otherMeanings?: string[];
}

/** A group or region term that is not a specific muscle, e.g. "paraspinals", "glutes". */
export interface GroupTerm {
  /** Same case rule as AmbiguousToken.token: all-capitals terms ("HS") are case-sensitive. */
  term: string;
  /** Other spellings of the same group, e.g. "hamstring", "hams". */
  aliases?: string[];
  members: string[]; // muscle ids
}

export interface Technique {
  id: string;
  name: string;
  aliases: string[];
  /** Parameters a complete record of this technique states. */
  requires?: string[];
}

export interface ResponseTerm {
  id: string;
  name: string;
  aliases: string[];
  kind: 'twitch' | 'referral' | 'tolerance' | 'other';
}

export interface AdverseEvent {
  id: string;
  name: string;
  aliases: string[];
  severity: 'minor' | 'major';
}

/** A risk named on consent forms, with the words notes and forms use for it. */
export interface ConsentRisk {
  id: string;
  name: string;
  aliases: string[];
}

export interface CptCode {
  code: string;
  description: string;
  /** For the dry-needling codes: muscle counts the code covers. */
  minMuscles?: number;
  maxMuscles?: number;
  /** Set for codes that must not be used to bill dry needling, with the reason in plain words. */
  notForDryNeedling?: string;
  /**
   * The service of its own the code bills when the note documents it beside the needling: manual therapy for 97140,
   * a trigger point injection (a muscle given an injectate) for 20552/20553.
   */
  billsAlongside?: 'manual-therapy' | 'injection';
}

export interface IcdCode {
  code: string;
  description: string;
  /** 'deleted' codes are no longer valid; 'header' codes need more characters; claims with either are rejected. */
  status: 'billable' | 'deleted' | 'header';
  /** Valid codes to use instead, for deleted or header codes. */
  replacements?: string[];
}

export interface OutcomeMeasure {
  id: string;
  name: string;
  aliases: string[];
  min: number;
  max: number;
  unit?: string;
}
