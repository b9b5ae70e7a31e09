import type { Command } from '../command';
import { exportCommand } from './exportCommand';
import { importCommand } from './importCommand';
import { listCommand } from './listCommand';
import { showCommand } from './showCommand';
import { templatesCommand } from './templatesCommand';
import { newCommand } from './newCommand';
import { signCommand } from './signCommand';
import { verifyCommand } from './verifyCommand';
import { syncCommand } from './syncCommand';
import { searchCommand } from './searchCommand';

/** Every command of the referent spec that this version implements, in the order of --help. */
export const commands: Command[] = [importCommand, listCommand, showCommand, templatesCommand, newCommand, exportCommand, signCommand, verifyCommand, syncCommand, searchCommand];
