// Where a record's muscle name stands: first in its line or clause, after at most a number, a bullet or a side.
import { SIDE_SOURCE } from '../../lexicon/sides';

/** What may stand before a record's muscle name at the start of a line or clause: a number, a side, a bullet. */
export const recordShapedStartRe = new RegExp(String.raw`^[\s\d.)(*_•-]*(?:${SIDE_SOURCE}\b\.?\s*)?$`, 'i');
