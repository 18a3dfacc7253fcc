// Cold cost in a fresh process: require dist/extension.js and run activate() with a minimal fake
// `vscode` module injected through the require cache (timing only, not a test), then the first
// lint of a typical note with the core's cold code (bench/out/core.cjs). Prints one JSON object.
const Module = require('node:module');
const { readdirSync, readFileSync } = require('node:fs');
const { join } = require('node:path');

const t0 = process.hrtime.bigint();
const ms = (a, b) => Number(b - a) / 1e6;

// Any property is a callable stub returning another stub; iteration yields nothing.
const assigned = new WeakMap();
const handler = {
  set(target, prop, value) {
    if (!assigned.has(target)) assigned.set(target, new Map());
    assigned.get(target).set(prop, value);
    return true;
  },
  get(target, prop) {
    if (assigned.get(target)?.has(prop)) return assigned.get(target).get(prop);
    if (prop === 'then') return undefined;
    if (prop === Symbol.iterator) return function* () {};
    if (prop === Symbol.toPrimitive) return () => 0;
    if (prop === 'length') return 0;
    if (!(prop in target)) target[prop] = stub();
    return target[prop];
  },
  apply: () => stub(),
  construct: () => stub(),
};
function stub() {
  return new Proxy(function () {}, handler);
}
// esbuild's ESM interop copies the module's own keys, so the namespaces must be real properties.
// Every name the adapter reads off `vscode`, found in its source, so a new feature's namespace is never missing.
const API = [...new Set(readdirSync(join(__dirname, '../src/vscode'), { recursive: true })
  .filter((f) => String(f).endsWith('.ts'))
  .flatMap((f) => [...readFileSync(join(__dirname, '../src/vscode', String(f)), 'utf8').matchAll(/\bvscode\.([A-Za-z]\w*)/g)].map((m) => m[1])))];
const fakeVscode = Object.fromEntries(API.map((k) => [k, stub()]));
const resolve = Module._resolveFilename;
Module._resolveFilename = function (request, ...rest) {
  return request === 'vscode' ? 'vscode' : resolve.call(this, request, ...rest);
};
require.cache.vscode = { id: 'vscode', filename: 'vscode', loaded: true, exports: fakeVscode };

const root = join(__dirname, '..');
const t1 = process.hrtime.bigint();
let error;
let ext;
try {
  ext = require(join(root, 'dist/extension.js'));
} catch (e) {
  error = `require: ${e.message}`;
}
const t2 = process.hrtime.bigint();
try {
  ext?.activate({ subscriptions: [], extension: { packageJSON: JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) }, extensionUri: stub(), extensionPath: root, globalState: stub(), workspaceState: stub(), asAbsolutePath: (p) => join(root, p) });
} catch (e) {
  error = e.message;
}
const t3 = process.hrtime.bigint();
const text = readFileSync(process.argv[2], 'utf8');
// The shipped core, which the adapter requires on the first lint (src/vscode/core.ts).
const core = require(join(root, 'dist/core.js'));
const t4 = process.hrtime.bigint();
core.lint(text);
const t5 = process.hrtime.bigint();
core.lint(text);
const t6 = process.hrtime.bigint();
process.stdout.write(JSON.stringify({
  requireMs: ms(t1, t2), activateMs: ms(t2, t3), activationMs: ms(t1, t3), firstLintMs: ms(t3, t5), lintOnlyMs: ms(t4, t5), secondLintMs: ms(t5, t6),
  coreRequireMs: ms(t3, t4), sinceStartMs: ms(t0, t6), error,
}));
// activate() starts the note index's timers; the measurement is done.
process.exit(0);
