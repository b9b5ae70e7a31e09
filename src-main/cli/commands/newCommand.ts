import type { Command } from '../command';
import { CliError, usageError } from '../cliError';
import { serializeMeetingFile } from '../../shared/meetingFile/serialize';
import { toMeetingFile } from '../../core/services/meetings';
import { isCalendarDate } from '../../shared/meetingFile/scalars';
import type { Core } from '../../core/createCore';

/** A template by its name (as `referent templates` lists them) or id. */
function findTemplateId(c: Core, name: string): string {
  const found = c.services.templates.list().find((t) => t.id === name || t.name.toLocaleLowerCase('da') === name.toLocaleLowerCase('da'));
  if (!found) throw new CliError(`ingen skabelon hedder «${name}». Se skabelonerne med «referent templates».`);
  return found.id;
}

export const newCommand: Command = {
  name: 'new',
  summary: 'opretter et møde i et forum fra en skabelon eller fra forummets sidste møde (med alt, der skal med videre)',
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
    // Only the forum's last meeting can give a date (its Næste møde); a template has none.
    if (template && date === undefined) throw usageError('mangler --date ÅÅÅÅ-MM-DD: en skabelon giver ikke mødet en dato.');
    const c = core();
    const forums = c.services.forums.list().filter((f) => f.name.toLocaleLowerCase('da') === forumName.toLocaleLowerCase('da'));
    if (forums.length === 0) throw new CliError(`intet forum hedder «${forumName}». Se forummene med «referent list».`);
    if (forums.length > 1) throw new CliError(`flere fora hedder «${forumName}» (i forskellige organisationer); omdøb det ene i programmet.`);
    const forum = forums[0]!;
    const templateId = template ? findTemplateId(c, template) : undefined;
    const answer = c.invoke('meetings.create', {
      forumId: forum.id,
      title: (values.title as string | undefined) ?? `Møde i ${forum.name}`,
      date,
      templateId,
      fromLast,
    });
    return answer.then((a) => {
      if (!a.ok && a.error.path === 'date' && date === undefined) throw new CliError('mødet har ingen dato: forummets sidste møde har ingen dato for næste møde. Angiv den med --date ÅÅÅÅ-MM-DD.');
      if (!a.ok) throw new CliError(a.error.message);
      const meeting = c.services.meetings.get((a.value as { id: string }).id);
      io.out(values.json ? serializeMeetingFile(toMeetingFile(meeting)) : `${meeting.id}\n`);
    });
  },
};
