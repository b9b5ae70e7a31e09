import type { Command } from '../command';

/** Every command of ../shared/spec/cli.md that this version implements, in the order of --help. */
export const commands: Command[] = [];
