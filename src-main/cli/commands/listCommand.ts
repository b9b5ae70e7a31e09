import type { Command } from '../command';

export const listCommand: Command = {
  name: 'list',
  summary: 'møderne, nyeste først',
  usage: 'list [--json]',
  maxPositionals: 0,
  options: { json: { type: 'boolean' } },
  run({ core, io, values }) {
    for (const m of core().services.meetings.list({})) {
      if (values.json) io.out(`${JSON.stringify(m)}\n`);
      else io.out(`${[m.id, m.date, m.forumName, m.title, m.status].map(oneLine).join('\t')}\n`);
    }
  },
};

/** Tabs and newlines inside a value would break the columns. */
const oneLine = (s: string) => s.replace(/[\t\r\n]+/g, ' ');
