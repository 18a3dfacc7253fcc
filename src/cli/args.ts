import { parseArgs } from 'node:util';

export interface CliOptions {
  targets: string[];
  config?: string;
  format: 'text' | 'json';
  quiet: boolean;
  maxFileBytes: number;
  /** Lint every note afresh instead of reusing stored results for unchanged notes. */
  noCache: boolean;
  help: boolean;
  version: boolean;
}

export const DEFAULT_MAX_FILE_BYTES = 20 * 1024 * 1024;

export const USAGE = `Usage: dn-lint [options] <file|folder|glob>...

Checks dry-needling SOAP notes written in Markdown. A folder means every file
under it that the configuration includes ("include"/"exclude" of the nearest
.dnlintrc.json; by default every *.md except patient handouts); a file named
explicitly is always checked. Notes are never modified.

Options:
  -c, --config <path>     configuration file for every note (default: for each
                          note, the nearest .dnlintrc.json from its folder upwards,
                          as in the editor)
  -f, --format <format>   text (default) or json
  -q, --quiet             report errors only
      --max-file-size <MB>
                          skip files larger than this (default 20)
      --no-cache          check every note afresh (results for unchanged notes are
                          otherwise reused from ~/.cache/dn-lint; no note text or
                          file names are stored there)
  -h, --help              show this help
  -v, --version           show the version

Exit codes: 0 no errors, 1 at least one error-level finding,
            2 usage error, a file that could not be read, or no notes found
            at all (Markdown files the configuration does not include are
            counted on stderr).

Other commands:
  dn-lint verify <note|folder>...
                              check signatures: unsigned, changed after signing,
                              out of order; "dn-lint verify --help" for its options
  dn-lint handout <note>...   aftercare handouts for patients (md, html or pdf);
                              "dn-lint handout --help" for its options
  dn-lint report --patient <id> [folder]...
                              one patient's course of care (html, csv or json):
                              scores per visit, needling, adverse events, what is
                              due; "dn-lint report --help" for its options
  dn-lint summary <folder>...  findings per rule and per clinician over a folder;
                              "dn-lint summary --help" for its options

Notes that name a patient in their front matter (patient:, patient_id:, mrn:)
are checked together with the earlier notes of that patient's course: the
course-of-care reminders (progress report, plan of care, re-evaluation,
consent renewal) need them.`;

export type ParsedArgs = { ok: true; options: CliOptions } | { ok: false; error: string };

export function parseCliArgs(argv: string[]): ParsedArgs {
  let values: Record<string, string | boolean | undefined>;
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        config: { type: 'string', short: 'c' },
        format: { type: 'string', short: 'f' },
        quiet: { type: 'boolean', short: 'q' },
        'max-file-size': { type: 'string' },
        'no-cache': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
    }));
  } catch (e) {
    // node:util messages name the option, which is the user's own input.
    return { ok: false, error: (e as Error).message };
  }
  const format = (values.format as string | undefined) ?? 'text';
  if (format !== 'text' && format !== 'json') return { ok: false, error: `--format must be "text" or "json", not "${format}"` };
  let maxFileBytes = DEFAULT_MAX_FILE_BYTES;
  if (values['max-file-size'] !== undefined) {
    const mb = Number(values['max-file-size']);
    if (!Number.isFinite(mb) || mb <= 0) return { ok: false, error: '--max-file-size must be a number of megabytes greater than 0' };
    maxFileBytes = Math.floor(mb * 1024 * 1024);
  }
  const options: CliOptions = {
    targets: positionals,
    config: values.config as string | undefined,
    format,
    quiet: values.quiet === true,
    maxFileBytes,
    noCache: values['no-cache'] === true,
    help: values.help === true,
    version: values.version === true,
  };
  if (!options.help && !options.version && !options.targets.length) return { ok: false, error: 'no files or folders given' };
  return { ok: true, options };
}
