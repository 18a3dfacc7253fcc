import './fast-regex';
import { version } from '../../package.json';
import { parseCliArgs, USAGE } from './args';
import { discoverFiles } from './files';
import { displayPath, formatJson, formatText } from './format';
import { discoveryMessages, lintDiscovered, NOTHING_CHECKED } from './lint-run';
import { configSource, loadExplicitConfig } from './load-config';
import { run as runVerify } from './verify';
import { run as runHandout } from './handout';
import { run as runReport } from './report';
import { run as runSummary } from './summary';
import { sayFor } from './say';

// dn-lint: checks notes and reports; it never writes to a note.

export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_TROUBLE = 2;

export async function run(argv: string[], cwd = process.cwd()): Promise<number> {
  if (argv[0] === 'verify') return runVerify(argv.slice(1), cwd);
  if (argv[0] === 'handout') return runHandout(argv.slice(1), cwd);
  if (argv[0] === 'report') return runReport(argv.slice(1), cwd);
  if (argv[0] === 'summary') return runSummary(argv.slice(1), cwd);
  const { err, usageError } = sayFor();
  const parsed = parseCliArgs(argv);
  if (!parsed.ok) {
    return usageError(parsed.error);
  }
  const opts = parsed.options;
  if (opts.help) {
    process.stdout.write(USAGE + '\n');
    return EXIT_OK;
  }
  if (opts.version) {
    process.stdout.write(version + '\n');
    return EXIT_OK;
  }

  const shown = (p: string) => displayPath(p, cwd);
  // --config names one file for every note; otherwise each note gets the nearest .dnlintrc.json.
  const explicit = opts.config ? loadExplicitConfig(opts.config, cwd, shown) : undefined;
  if (explicit?.fatal) {
    err(`--config ${explicit.fatal}`);
    return EXIT_TROUBLE;
  }
  for (const p of explicit?.problems ?? []) err(p);

  const found = await discoverFiles(opts.targets, { cwd, configs: configSource(explicit) });
  for (const m of discoveryMessages(found, shown)) err(m);
  if (!found.files.length) {
    if (opts.format === 'json') process.stdout.write('[]\n');
    err(NOTHING_CHECKED);
    return EXIT_TROUBLE;
  }

  const results = await lintDiscovered(found, { version, maxFileBytes: opts.maxFileBytes, noCache: opts.noCache });
  for (const r of results) if (r.error) err(`${shown(r.path)}: ${r.error}`);

  const shownResults = opts.quiet ? results.map((r) => ({ ...r, findings: r.findings.filter((f) => f.severity === 'error') })) : results;
  process.stdout.write(opts.format === 'json' ? formatJson(shownResults, cwd) : formatText(shownResults, cwd));

  if (found.problems.length || results.some((r) => r.error)) return EXIT_TROUBLE;
  return results.some((r) => r.findings.some((f) => f.severity === 'error')) ? EXIT_FINDINGS : EXIT_OK;
}

// `| head` closes stdout early; that is not an error worth a stack trace.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw e;
});

run(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e: Error) => {
    process.stderr.write(`dn-lint: internal error: ${e.name}${process.env.DNLINT_DEBUG ? `\n${e.stack}` : ''}\n`);
    process.exitCode = EXIT_TROUBLE;
  },
);
