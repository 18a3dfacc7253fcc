// Floor: list the folder and only read every *.md file (what any linter must at least do).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const { mdFiles } = createRequire(import.meta.url)('./md-files.cjs');
let chars = 0;
for (const f of mdFiles(process.argv[2])) chars += readFileSync(f, 'utf8').length;
if (!chars) process.exit(1);
