import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The brief's model note (§1.6): the shared fixture if present, else this suite's own copy. */
export function modelNote(): string {
  const shared = join(process.cwd(), 'test/fixtures/notes/model-note.md');
  return readFileSync(existsSync(shared) ? shared : join(process.cwd(), 'test/fixtures/notes/model-note-records.md'), 'utf8');
}
