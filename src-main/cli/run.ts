import { parseArgs } from 'node:util';
import { resolve } from 'node:path';
import { createCore, type Core } from '../core/createCore';
import { appVersion } from '../core/version';
import { CliError, usageError } from './cliError';
import { CoreError } from '../core/coreError';
import { StoreError } from '../core/store/storeError';
import { fileProblem } from './files';
import { sqliteProblem } from './sqliteProblem';
import { commands } from './commands';
import { defaultDataDir } from './defaultDataDir';
import type { CliIo } from './io';

const globalOptions = {
  'data-dir': { type: 'string' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
} as const;

function helpText(): string {
  // Usage on one line, what it does indented below: the usages are too long for columns.
  const lines = commands.map((c) => `  ${c.usage}\n      ${c.summary}`);
  return [
    'Brug: referent <kommando> [tilvalg]',
    '',
    'Referent på kommandolinjen: samme kerne og samme datamappe som programmet.',
    '',
    'Kommandoer:',
    ...(lines.length ? lines : ['  (ingen endnu)']),
    '',
    'Fælles tilvalg:',
    '  --data-dir DIR   datamappen (ellers REFERENT_DATA_DIR, ellers programmets egen)',
    '  --help, -h       denne hjælp',
    '  --version, -v    versionen',
    '',
  ].join('\n');
}

/** Runs one command line; returns the exit status. Never throws. */
export async function run(argv: string[], io: CliIo): Promise<number> {
  let core: Core | null = null;
  try {
    const first = findCommandName(argv);
    const command = commands.find((c) => c.name === first);
    if (!command) {
      const head = parseLoose(argv);
      if (head.version) {
        io.out(`referent ${appVersion}\n`);
        return 0;
      }
      if (head.help) {
        io.out(helpText());
        return 0;
      }
      // No command at all is a usage error like any other: one line on stderr, exit 2.
      throw usageError(
        argv.length === 0
          ? 'mangler en kommando. Skriv «referent --help» for at se kommandoerne.'
          : first === undefined
          ? `mangler en kommando efter ${argv.join(' ')}. Skriv «referent --help» for at se kommandoerne.`
          : `ukendt kommando «${first}». Skriv «referent --help» for at se kommandoerne.`,
      );
    }
    let parsed;
    try {
      parsed = parseArgs({ args: argv, options: { ...globalOptions, ...command.options }, allowPositionals: true, strict: true });
    } catch (e) {
      throw usageError(`${parseProblem(e)}. Brug: referent ${command.usage}`);
    }
    if (parsed.values.version) {
      io.out(`referent ${appVersion}\n`);
      return 0;
    }
    if (parsed.values.help) {
      io.out(`Brug: referent ${command.usage}\n\n${command.summary}\n`);
      return 0;
    }
    const positionals = parsed.positionals.slice(1);
    if (command.maxPositionals !== undefined && positionals.length > command.maxPositionals) {
      throw usageError(`for mange argumenter: «${positionals.slice(command.maxPositionals).join(' ')}». Brug: referent ${command.usage}`);
    }
    const given = parsed.values['data-dir'] as string | undefined;
    if (given !== undefined && given.trim() === '') throw usageError('--data-dir mangler en mappe.');
    // An empty REFERENT_DATA_DIR is unset (resolved, it would be the working directory).
    const dataDir = resolve(io.cwd, given ?? (io.env.REFERENT_DATA_DIR || defaultDataDir(io.env)));
    await command.run({
      io,
      dataDir,
      positionals,
      values: parsed.values as Record<string, string | boolean | undefined>,
      core: () => (core ??= openCore(dataDir)),
    });
    return 0;
  } catch (e) {
    if (e instanceof CliError) {
      io.err(`referent: ${e.message}\n`);
      return e.exitCode;
    }
    // A service's expected failure, or the database's, already says what was wrong and what to do.
    if (e instanceof CoreError || e instanceof StoreError) {
      io.err(`referent: ${e.message.replace(/\s*\n\s*/g, ' ')}\n`);
      return 1;
    }
    if (io.env.REFERENT_DEBUG === '1') io.err(`${(e as Error).stack}\n`);
    // SQLite's errors a person can act on say what to do; anything else points to the details.
    io.err(`referent: ${sqliteProblem(e) ?? `${(e as Error).message || 'uventet fejl'}. Kør igen med REFERENT_DEBUG=1 for detaljer.`}\n`);
    return 1;
  } finally {
    (core as Core | null)?.close();
  }
}

/** The core on the data folder; a folder that cannot be one is said as such, in Danish. */
function openCore(dataDir: string): Core {
  try {
    return createCore({ dataDir });
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'EEXIST' || code === 'ENOTDIR') throw new CliError(`datamappen ${dataDir} er en fil, ikke en mappe. Angiv en mappe med --data-dir DIR.`);
    if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') throw new CliError(`kan ikke bruge datamappen ${dataDir}: ${fileProblem(e, dataDir)}.`);
    throw e;
  }
}

/** node:util's parse errors are English: the ones people meet, in Danish. */
function parseProblem(e: unknown): string {
  const message = (e as Error).message;
  const option = /'(-[^' ]*)/.exec(message)?.[1];
  switch ((e as NodeJS.ErrnoException).code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
      return `ukendt tilvalg ${option ?? message}`;
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
      if (option && /argument missing/.test(message)) return `${option} mangler en værdi`;
      if (option && /does not take an argument/.test(message)) return `${option} tager ingen værdi`;
      // "Option '--out' argument is ambiguous": the next word, taken as its value, starts with a dash.
      if (option && /ambiguous/.test(message)) return `${option} mangler en værdi (skriv ${option}=-værdi, hvis værdien begynder med en bindestreg)`;
      return firstLine(message);
    default:
      return firstLine(message);
  }
}

/** node:util's messages can run over several lines; the CLI's errors are one line. */
function firstLine(message: string): string {
  return message.split('\n')[0]!.trim().replace(/\.$/, '');
}

/**
 * The command is the first positional argument. Parsed with every command's options, so that the
 * value of a string option given before the command (`--data-dir DIR list`) is not taken for it.
 */
function findCommandName(argv: string[]): string | undefined {
  const options = Object.assign({}, ...commands.map((c) => c.options), globalOptions) as typeof globalOptions;
  try {
    const { tokens } = parseArgs({ args: argv, options, allowPositionals: true, strict: false, tokens: true });
    return tokens.find((t) => t.kind === 'positional')?.value;
  } catch {
    return argv.find((a) => !a.startsWith('-'));
  }
}

function parseLoose(argv: string[]) {
  try {
    return parseArgs({ args: argv, options: globalOptions, allowPositionals: true, strict: false }).values;
  } catch {
    return {};
  }
}
