// Lazy access to the core. It is built as its own bundle (dist/core.js, see scripts/build.mjs)
// and required on first use, so activation loads only this thin adapter: no rule, vocabulary
// or parser code is read or evaluated until a note is linted, completed or previewed.
import type * as CoreApi from './core-api';

export type Core = typeof CoreApi;

let core: Core | undefined;

export function loadCore(): Promise<Core> {
  // './core.js' stays external in the extension bundle and resolves next to dist/extension.js.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return Promise.resolve((core ??= require('./core.js') as Core));
}
