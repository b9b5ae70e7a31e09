import type { Command } from '../command';
import { usageError } from '../cliError';
import { isCalendarDate } from '../../shared/meetingFile/scalars';

const isoDate = /^\d{4}-\d{2}-\d{2}$/;

/** Tabs and newlines inside a value would break the columns. */
const oneLine = (s: string) => s.replace(/[\t\r\n]+/g, ' ').trim();

export const searchCommand: Command = {
  name: 'search',
  summary: 'fritekstsøgning i alle møder, nyeste først: møde, punkt og et uddrag a linje (ord i "anførselstegn" skal stå sammen)',
  usage: 'search SØGNING [--json] [--forum NAVN] [--from DATO] [--to DATO]',
  options: { json: { type: 'boolean' }, forum: { type: 'string' }, from: { type: 'string' }, to: { type: 'string' } },
  run({ core, io, positionals, values }) {
    const text = positionals.join(' ').trim();
    if (!text) throw usageError('skriv hvad der skal søges efter: referent search SØGNING.');
    // Only letters and digits are searched; a query of signs alone ("...", "-") is a usage error like an empty one.
    if (!/[\p{L}\p{N}]/u.test(text)) throw usageError(`"${oneLine(text)}" har ingen ord at søge efter; skriv mindst ét ord: referent search SØGNING.`);
    for (const key of ['from', 'to'] as const) {
      const v = values[key];
      if (typeof v === 'string' && !isoDate.test(v)) throw usageError(`--${key} skal være en dato som ÅÅÅÅ-MM-DD, fx 2021-04-15.`);
      if (typeof v === 'string' && !isCalendarDate(v)) throw usageError(`--${key} ${v} findes ikke i kalenderen.`);
    }
    const hits = core().services.search.query({ text, forum: values.forum as string | undefined, from: values.from as string | undefined, to: values.to as string | undefined });
    for (const h of hits) {
      if (values.json) {
        io.out(`${JSON.stringify(h)}\n`);
        continue;
      }
      const item = h.itemId ? [h.itemNumber ? `${h.itemNumber}${h.itemNumber.includes('.') ? '' : '.'}` : null, h.itemTitle].filter(Boolean).join(' ') : h.meetingTitle;
      io.out(`${[h.meetingId, h.date, h.forum, item, h.snippet].map((s) => oneLine(s ?? '')).join('\t')}\n`);
    }
  },
};
