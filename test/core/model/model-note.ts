import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The brief's model note (§1.6), shared by the rule suites. */
export const modelNote = (): string => readFileSync(join(process.cwd(), 'test/fixtures/notes/model-note.md'), 'utf8');
