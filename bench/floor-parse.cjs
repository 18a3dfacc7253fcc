// Floor: read and parse every *.md file once with the core's own parser (src/core/parse/markdown.ts:
// micromark + GFM table + front matter, inline constructs off), one thread, building nothing else.
const { readdirSync, readFileSync } = require('node:fs');
const { join } = require('node:path');
const { parseMarkdown } = require('./out/core.cjs');
function walk(dir, out = []) {
  for (const e of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const p = join(dir, e.name);
    if (e.isDirectory()) walk(p, out);
    else if (e.name.endsWith('.md')) out.push(p);
  }
  return out;
}
let nodes = 0;
for (const f of walk(process.argv[2])) nodes += parseMarkdown(readFileSync(f, 'utf8')).children.length;
if (!nodes) process.exit(1);
