import type { Command } from '../command';
import { findMeetingId } from '../findMeeting';
import { toMeetingFile } from '../../core/services/meetings';
import { serializeMeetingFile } from '../../shared/meetingFile/serialize';
import { formatMeetingText } from '../formatMeetingText';

export const showCommand: Command = {
  name: 'show',
  summary: 'ét møde; med --json som mødefil',
  usage: 'show ID [--json]',
  maxPositionals: 1,
  options: { json: { type: 'boolean' } },
  run({ core, io, positionals, values }) {
    const c = core();
    const meeting = c.services.meetings.get(findMeetingId(c, positionals[0]));
    io.out(values.json ? serializeMeetingFile(toMeetingFile(meeting)) : formatMeetingText(meeting));
  },
};
