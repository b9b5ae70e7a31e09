import type { ParseArgsConfig } from 'node:util';
import type { Core } from '../core/createCore';
import type { CliIo } from './io';

export interface CommandContext {
  /** Opens the core on the data folder (only when the command needs it). */
  core(): Core;
  /** The data folder the core opens (`--data-dir`, REFERENT_DATA_DIR or the app's own). */
  dataDir: string;
  io: CliIo;
  positionals: string[];
  values: Record<string, string | boolean | string[] | undefined>;
}

export interface Command {
  name: string;
  /** One line for `--help`. */
  summary: string;
  usage: string;
  /** How many arguments besides the options it takes (unlimited when absent); more is a usage error. */
  maxPositionals?: number;
  options: NonNullable<ParseArgsConfig['options']>;
  run(ctx: CommandContext): Promise<void> | void;
}
