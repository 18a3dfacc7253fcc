// Regular expressions go straight to machine code. By default V8 compiles an expression to
// bytecode on its first use and compiles it again to machine code on its second, and the
// lexicon's few hundred large expressions make that double compile much of a one-note run's
// first lint. The flag changes how expressions are compiled, never what they match. It is
// process-wide: the CLI owns its process, but the editor's extension host is shared with other
// extensions, so only the CLI sets it. Imported first, before any expression has run twice.
import { setFlagsFromString } from 'node:v8';

setFlagsFromString('--no-regexp-tier-up');
