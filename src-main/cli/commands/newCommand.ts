import type { Command } from '../command';
import { CliError, usageError } from '../cliError';
import { serializeMeetingFile } from '../../shared/meetingFile/serialize';
import { toMeetingFile } from '../../core/services/meetings';

export const newCommand: Command = {
  name: 'new',
  summary: 'opretter et møde i et forum fra en skabelon eller fra forummets sidste møde (med alt, der skal med videre)',
  usage: 'new --forum NAVN (--template NAVN | --from-last) [--date ÅÅÅÅ-MM-DD] [--title TITEL] [--json]',
  options: { forum: { type: 'string' }, template: { type: 'string' }, 'from-last': { type: 'boolean' }, date: { type: 'string' }, title: { type: 'string' }, json: { type: 'boolean' } },
  run({ core, io, values }) {
    const forumName = values.forum as string | undefined;
    if (!forumName) throw usageError('mangler --forum NAVN.');
    const template = values.template as string | undefined;
    const fromLast = values['from-last'] === true;
    if (!template && !fromLast) throw usageError('vælg --template NAVN eller --from-last.');
    const date = values.date as string | undefined;
    if (date !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(date)) throw usageError(`--date skal skrives ÅÅÅÅ-MM-DD, ikke «${date}».`);
    const c = core();
    const forums = c.services.forums.list().filter((f) => f.name.toLocaleLowerCase('da') === forumName.toLocaleLowerCase('da'));
    if (forums.length === 0) throw new CliError(`intet forum hedder «${forumName}». Se forummene med «referent list».`);
    if (forums.length > 1) throw new CliError(`flere fora hedder «${forumName}» (i forskellige organisationer); omdøb det ene i programmet.`);
    const forum = forums[0]!;
    const answer = c.invoke('meetings.create', {
      forumId: forum.id,
      title: (values.title as string | undefined) ?? `Møde i ${forum.name}`,
      date,
      templateId: template ? c.services.templates.get(template).id : undefined,
      fromLast,
    });
    return answer.then((a) => {
      if (!a.ok) throw new CliError(a.error.message);
      const meeting = c.services.meetings.get((a.value as { id: string }).id);
      io.out(values.json ? serializeMeetingFile(toMeetingFile(meeting)) : `${meeting.id}\n`);
    });
  },
};
