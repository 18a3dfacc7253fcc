// Numbers that name a person, a record or a place, not a billed code: "chart 20553", "MRN 97110",
// "Claim #20561", "Hood River, OR 97031". Five digits in one of these are never a CPT code.
import { alternation, BEFORE } from './pattern';

/** What a record or contact number is written after, alone (lower case: any case matches). */
export const IDENTIFIER_LABELS: readonly string[] = [
  'chart', 'mrn', 'urn', 'id', 'patient id', 'client id', 'account', 'acct', 'a/c', 'policy', 'member id', 'nhs number', 'chi', 'ohip', 'hcn', 'health card',
  'phone', 'ph', 'tel', 'mobile', 'mob', 'cell', 'fax', 'ext', 'po box', 'zip', 'zip code', 'postcode', 'post code', 'suite', 'room', 'rm',
];

/** What names a number only with "#", "no." or "number" after it ("Claim #20561"; "Claim: 20561" lists what is claimed). */
export const NUMBERED_LABELS: readonly string[] = [
  'claim', 'invoice', 'receipt', 'file', 'record', 'case', 'ref', 'reference', 'member', 'mr', 'nhs', 'medicare', 'wcb claim', 'acc claim', 'box',
];

/** US states and territories as the postal service abbreviates them, for an address's ZIP code. */
export const US_STATE_CODES: readonly string[] = [
  'AL', 'AK', 'AZ', 'AR', 'CA', 'CO', 'CT', 'DE', 'DC', 'FL', 'GA', 'HI', 'ID', 'IL', 'IN', 'IA', 'KS', 'KY', 'LA', 'ME', 'MD', 'MA', 'MI', 'MN', 'MS',
  'MO', 'MT', 'NE', 'NV', 'NH', 'NJ', 'NM', 'NY', 'NC', 'ND', 'OH', 'OK', 'OR', 'PA', 'PR', 'RI', 'SC', 'SD', 'TN', 'TX', 'UT', 'VT', 'VA', 'WA', 'WV',
  'WI', 'WY',
];

/**
 * Right before a number: an identifier's label ("chart 20553", "MRN: 97110", "Claim #20561"), or a town and
 * state before a ZIP code (", OR 97031"; the comma keeps "MT 97140", manual therapy, a code).
 */
export const identifierBeforeRe = new RegExp(
  `(?:${BEFORE}(?:(?:${alternation(IDENTIFIER_LABELS)})\\s*(?:#|no\\.?|number)?|(?:${alternation(NUMBERED_LABELS)})\\s*(?:#|no\\.?|number))\\s*[:#]?\\s*|,\\s*(?:${alternation(US_STATE_CODES)})\\s+)$`,
);
