// Floor: read and parse every *.md file once with the core's own parser (src/core/parse/markdown.ts:
// micromark + GFM table + front matter, inline constructs off), one thread, building nothing else.
const { readFileSync } = require('node:fs');
const { mdFiles } = require('./md-files.cjs');
const { parseMarkdown } = require('./out/core.cjs');
let nodes = 0;
for (const f of mdFiles(process.argv[2])) nodes += parseMarkdown(readFileSync(f, 'utf8')).children.length;
if (!nodes) process.exit(1);
