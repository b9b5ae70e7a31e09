/** The meetings the export tests render, imported into a real core. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Core } from '../../../../src-main/core/createCore';
import { generateMeeting } from '../../../support/generateMeeting';
import { sinkMeetingFile } from './sinkMeeting';

export const fixturePath = (name: string) => join(process.cwd(), 'tests', 'fixtures', name);

export function fixtureFile(name: 'norddjurs' | 'ringsted'): Record<string, unknown> {
  const file = name === 'norddjurs' ? 'norddjurs-2021-04-15.meeting.json' : 'ringsted-2020-03-10.meeting.json';
  return JSON.parse(readFileSync(fixturePath(file), 'utf8')) as Record<string, unknown>;
}

export function importMeeting(core: Core, file: Record<string, unknown>, fileName = 'm.json'): string {
  return core.services.meetings.importFile({ fileName, text: JSON.stringify(file) }).id;
}

export const meetingFiles = {
  norddjurs: () => fixtureFile('norddjurs'),
  ringsted: () => fixtureFile('ringsted'),
  sink: sinkMeetingFile,
  sixty: () => generateMeeting({ items: 60 }),
};
