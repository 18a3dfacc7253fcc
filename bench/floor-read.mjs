// Floor: list the folder and only read every *.md file (what any linter must at least do).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
function walk(dir, out = []) {
  for (const e of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const p = join(dir, e.name);
    if (e.isDirectory()) walk(p, out);
    else if (e.name.endsWith('.md')) out.push(p);
  }
  return out;
}
let chars = 0;
for (const f of walk(process.argv[2])) chars += readFileSync(f, 'utf8').length;
if (!chars) process.exit(1);
