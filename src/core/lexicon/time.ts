// Words of when: the days of the week as notes write them ("Thurs", "Wednesday").
import { alternation } from './pattern';

/** Full names first, then the short forms clinics type ("Tues", "Thurs", "Thu"). */
export const WEEKDAY_TERMS: readonly string[] = [
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
  'mon', 'tue', 'tues', 'wed', 'weds', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun',
];
/** A weekday, full or short, with an optional full stop after a short form. */
export const WEEKDAY_SOURCE = `(?:${alternation(WEEKDAY_TERMS)})\\.?`;
