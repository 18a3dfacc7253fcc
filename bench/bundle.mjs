// Bundles bench/entry.ts (the core, in-process) to bench/out/core.cjs for the latency runs.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

export const CORE_BUNDLE = fileURLToPath(new URL('./out/core.cjs', import.meta.url));

export async function bundleCore() {
  await build({
    entryPoints: [fileURLToPath(new URL('./entry.ts', import.meta.url))], bundle: true, platform: 'node', format: 'cjs',
    target: 'node20', outfile: CORE_BUNDLE, logLevel: 'warning',
  });
  return CORE_BUNDLE;
}

if (import.meta.url === `file://${process.argv[1]}`) await bundleCore();
