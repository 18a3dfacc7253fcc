// Loads the dn-soap grammar the way VS Code does (base grammar + injection grammar injected
// into it) with vscode-textmate and the Oniguruma WASM build, fully offline. The Markdown
// grammar is a vendored copy of VS Code's own (fixtures/markdown.tmLanguage.json).
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import * as oniguruma from 'vscode-oniguruma';
import * as vsctm from 'vscode-textmate';

function projectRoot(): string {
  let dir = __dirname;
  while (!existsSync(join(dir, 'package.json')) || !existsSync(join(dir, 'syntaxes'))) {
    const up = dirname(dir);
    if (up === dir) throw new Error('project root not found');
    dir = up;
  }
  return dir;
}

export const root = projectRoot();
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
type GrammarContribution = { scopeName: string; path: string; injectTo?: string[] };
const contributed: GrammarContribution[] = pkg.contributes?.grammars ?? [];

const files: Record<string, string> = {
  'text.html.markdown': join(root, 'test/grammar/fixtures/markdown.tmLanguage.json'),
};
for (const g of contributed) files[g.scopeName] = join(root, g.path);

let registry: Promise<vsctm.Registry> | undefined;

/** A registry that loads the dn-soap grammars as VS Code does; a theme can be set on it. */
export function createRegistry(): Promise<vsctm.Registry> {
  const wasm = readFileSync(require.resolve('vscode-oniguruma/release/onig.wasm'));
  const onigLib = oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength)).then(() => ({
    createOnigScanner: (patterns: string[]) => new oniguruma.OnigScanner(patterns),
    createOnigString: (s: string) => new oniguruma.OnigString(s),
  }));
  return Promise.resolve(new vsctm.Registry({
    onigLib,
    loadGrammar: async (scopeName) => {
      const file = files[scopeName];
      if (!file) return null; // embedded languages of fenced code blocks are not needed here
      return vsctm.parseRawGrammar(readFileSync(file, 'utf8'), file);
    },
    // Same wiring as package.json contributes.grammars[].injectTo.
    getInjections: (scopeName) => contributed.filter((g) => g.injectTo?.includes(scopeName)).map((g) => g.scopeName),
  }));
}

export interface Token {
  text: string;
  scopes: string[];
}

/** Tokenises a note line by line; returns the tokens of every line. */
export async function tokenize(text: string): Promise<Token[][]> {
  registry ??= createRegistry();
  const grammar = await (await registry).loadGrammar('text.html.markdown.dn-soap');
  if (!grammar) throw new Error('dn-soap grammar did not load');
  let state = vsctm.INITIAL;
  const out: Token[][] = [];
  for (const line of text.split(/\r?\n/)) {
    const r = grammar.tokenizeLine(line, state);
    out.push(r.tokens.map((t) => ({ text: line.slice(t.startIndex, t.endIndex), scopes: t.scopes })));
    state = r.ruleStack;
  }
  return out;
}

/** Texts of the tokens on a line that carry a scope starting with `scope`, adjacent tokens merged. */
export function textsWithScope(tokens: Token[], scope: string): string[] {
  const out: string[] = [];
  let prev = false;
  for (const t of tokens) {
    const has = t.scopes.some((s) => s === scope || s.startsWith(scope + '.'));
    if (has && prev) out[out.length - 1] += t.text;
    else if (has) out.push(t.text);
    prev = has;
  }
  return out;
}
