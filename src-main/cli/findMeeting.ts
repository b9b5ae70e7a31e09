import type { Core } from '../core/createCore';
import { CliError } from './cliError';

/** A meeting by its id, or by an unambiguous start of it (at least 4 characters), as people type ids. */
export function findMeetingId(core: Core, given: string | undefined): string {
  if (!given) throw new CliError('mangler mødets id. Find det med «referent list».', 2);
  const all = core.services.meetings.list({});
  if (all.some((m) => m.id === given)) return given;
  // A UUID is the same in capitals (a file may write it so, a person may copy it so).
  const wanted = given.toLowerCase();
  const matches = given.length >= 4 ? all.filter((m) => m.id.toLowerCase().startsWith(wanted)) : [];
  if (matches.length === 1) return matches[0]!.id;
  if (matches.length > 1) throw new CliError(`«${given}» passer på ${matches.length} møder. Skriv mere af id'et.`);
  throw new CliError(`intet møde med id «${given}». Find id'et med «referent list».`);
}
