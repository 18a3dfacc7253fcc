// The CLI's messages on stderr, each prefixed with its command ("dn-lint handout: …"). They name
// files and settings, never a note's text.

export interface Say {
  /** One line on stderr. */
  err: (line: string) => void;
  /** A mistake in how the command was called: the message, where to read the usage, and exit code 2. */
  usageError: (line: string) => 2;
}

export function sayFor(command?: string): Say {
  const name = command ? `dn-lint ${command}` : 'dn-lint';
  const err = (line: string) => {
    process.stderr.write(`${name}: ${line}\n`);
  };
  return {
    err,
    usageError: (line) => {
      err(line);
      process.stderr.write(`Run "${name} --help" for usage.\n`);
      return 2;
    },
  };
}
