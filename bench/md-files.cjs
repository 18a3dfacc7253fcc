// Every *.md file under a folder, in a stable order: the file list both floors measure.
const { readdirSync } = require('node:fs');
const { join } = require('node:path');

function mdFiles(dir, out = []) {
  for (const e of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const p = join(dir, e.name);
    if (e.isDirectory()) mdFiles(p, out);
    else if (e.name.endsWith('.md')) out.push(p);
  }
  return out;
}

module.exports = { mdFiles };
