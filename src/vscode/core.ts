// Lazy access to the core: esbuild turns the dynamic import into a deferred module
// initialiser inside the same bundle, so nothing of the linter runs at activation.
export type Core = typeof import('./core-api');

let loading: Promise<Core> | undefined;

export function loadCore(): Promise<Core> {
  return (loading ??= import('./core-api'));
}
