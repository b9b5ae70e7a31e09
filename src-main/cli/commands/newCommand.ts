import type { Command } from '../command';
import { CliError, usageError } from '../cliError';
import { serializeMeetingFile } from '../../shared/meetingFile/serialize';
import { toMeetingFile } from '../../core/services/meetings';
import { isCalendarDate } from '../../shared/meetingFile/scalars';
import type { Core } from '../../core/createCore';
import { format } from 'date-fns';
import type { z } from 'zod';
import { methods } from '../../shared/api/contract';
import { CoreError } from '../../core/coreError';

/** A template by its name (as `referent templates` lists them) or id. */
function findTemplateId(c: Core, name: string): string {
  const found = c.services.templates.list().find((t) => t.id === name || t.name.toLocaleLowerCase('da') === name.toLocaleLowerCase('da'));
  if (!found) throw new CliError(`ingen skabelon hedder «${name}». Se skabelonerne med «referent templates».`);
  return found.id;
}

/** The date of the forum's Næste møde, as its last meeting has it, if any. */
function nextMeetingDate(c: Core, forumId: string): string | undefined {
  // meetings.list is newest first.
  const last = c.services.meetings.list({ forumId })[0];
  return (last && c.services.meetings.get(last.id).nextMeeting?.date) || undefined;
}

/** The input as the contract's schema makes it, or a CliError with the schema's own message. */
function checked<S extends z.ZodType>(schema: S, value: unknown): z.output<S> {
  const r = schema.safeParse(value);
  if (r.success) return r.data;
  const issue = r.error.issues[0]!;
  throw new CliError(`${issue.path.length ? `${issue.path.join('.')}: ` : ''}${issue.message}`);
}

/** Today on this computer's calendar (not UTC: a meeting made at 00:30 is today's). */
function localToday(): string {
  return format(new Date(), 'yyyy-MM-dd');
}

export const newCommand: Command = {
  name: 'new',
  summary: 'opretter et møde i et forum fra en skabelon eller fra forummets sidste møde (med alt, der skal med videre); uden --date: forummets næste mødedato, ellers i dag',
  usage: 'new --forum NAVN (--template NAVN | --from-last) [--date ÅÅÅÅ-MM-DD] [--title TITEL] [--json]',
  maxPositionals: 0,
  options: { forum: { type: 'string' }, template: { type: 'string' }, 'from-last': { type: 'boolean' }, date: { type: 'string' }, title: { type: 'string' }, json: { type: 'boolean' } },
  run({ core, io, values }) {
    const forumName = values.forum as string | undefined;
    if (!forumName) throw usageError('mangler --forum NAVN.');
    const template = values.template as string | undefined;
    const fromLast = values['from-last'] === true;
    if (!template && !fromLast) throw usageError('vælg --template NAVN eller --from-last.');
    if (template && fromLast) throw usageError('vælg enten --template NAVN eller --from-last, ikke begge.');
    const date = values.date as string | undefined;
    if (date !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(date)) throw usageError(`--date skal skrives ÅÅÅÅ-MM-DD, ikke «${date}».`);
    if (date !== undefined && !isCalendarDate(date)) throw usageError(`--date ${date} findes ikke i kalenderen.`);
    const c = core();
    const forums = c.services.forums.list().filter((f) => f.name.toLocaleLowerCase('da') === forumName.toLocaleLowerCase('da'));
    if (forums.length > 1) throw new CliError(`flere fora hedder «${forumName}» (i forskellige organisationer); omdøb det ene i programmet.`);
    if (forums.length === 0 && fromLast) throw new CliError(`intet forum hedder «${forumName}», så der er intet sidste møde at starte fra. Se forummene med «referent list», eller brug --template.`);
    const templateId = template ? findTemplateId(c, template) : undefined;
    const forumId = forums[0]?.id ?? null;
    // --date is optional: the forum's Næste møde (from its last meeting) gives the date, else today.
    const known = date ?? (forumId ? nextMeetingDate(c, forumId) : undefined);
    const chosen = known ?? localToday();
    const title = (values.title as string | undefined) ?? `Møde i ${forums[0]?.name ?? forumName.trim()}`;
    // Both inputs checked by the contract's own schemas before anything is written, then the
    // forum (when it is not here yet: a template's meeting is for a forum, as «Nyt forum» in the
    // app makes one) and the meeting in one transaction: a failure leaves the data folder as it was.
    const newForum = forumId ? null : checked(methods['forums.create'].input, { name: forumName.trim() });
    const input = (id: string) => checked(methods['meetings.create'].input, { forumId: id, title, date: chosen, templateId, fromLast });
    if (!forumId) input('forum');
    let meetingId: string;
    try {
      meetingId = c.db.transaction(() => {
        const id = forumId ?? c.services.forums.create(newForum!).id;
        return c.services.meetings.create(input(id)).id;
      })();
    } catch (e) {
      if (e instanceof CoreError) throw new CliError(e.message);
      throw e;
    }
    if (!forumId) io.err(`referent: forummet «${forumName.trim()}» fandtes ikke og er oprettet.\n`);
    if (!known) io.err(`referent: mødet har fået datoen ${chosen} (i dag); ret den i programmet, eller angiv den med --date ÅÅÅÅ-MM-DD.\n`);
    const meeting = c.services.meetings.get(meetingId);
    io.out(values.json ? serializeMeetingFile(toMeetingFile(meeting)) : `${meeting.id}\n`);
  },
};
