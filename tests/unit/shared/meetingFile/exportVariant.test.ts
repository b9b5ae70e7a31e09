import { describe, expect, it } from 'vitest';
import { meetingFileVariant } from '../../../../src-main/shared/meetingFile/exportVariant';
import { serializeMeetingFile } from '../../../../src-main/shared/meetingFile/serialize';
import type { MeetingFile } from '../../../../src-main/shared/meetingFile/types';
import { parseMeetingFile, parseMeetingValue } from '../../../../src-main/shared/meetingFile/validate';

function parse(value: unknown): MeetingFile {
  const r = parseMeetingValue(value, 'test.json');
  if (!r.ok) throw new Error(r.message);
  return r.meeting;
}

const meeting = parse({
  format: 'referent.meeting',
  formatVersion: 1,
  id: '5b0f2c52-8d0c-4b3e-9a53-3f2a1c7d9e10',
  forum: { name: 'Byrådet' },
  title: 'Møde',
  date: '2021-04-15',
  people: [
    { id: 'p1', name: 'Anne', attendance: 'present', attendanceNote: 'fra pkt. 2' },
    { id: 'p2', name: 'Bent', attendance: 'absent' },
  ],
  items: [
    {
      id: 'i1',
      title: 'Åbent punkt',
      description: 'Sagsfremstilling',
      notes: 'Drøftelsen',
      absent: [{ personId: 'p2', reason: 'inhabil' }],
      roundTable: [{ personId: 'p1', text: 'Indlæg' }],
      decision: { outcome: 'approved', text: 'Godkendt', dissent: [{ personIds: ['p1'], text: 'Imod' }] },
      actions: [{ id: 'a1', text: 'Skriv', ownerId: 'p1' }],
      attachments: [
        { id: 'b1', title: 'Åbent bilag' },
        { id: 'b2', title: 'HEMMELIGT bilag', access: 'closed' },
      ],
      subItems: [
        { id: 'i1a', title: 'Åbent underpunkt', notes: 'Under-referat' },
        { id: 'i1b', title: 'Lukket underpunkt', access: 'closed', description: 'HEMMELIG under', 'x-note': 'HEMMELIG' },
      ],
    },
    {
      id: 'i2',
      number: '7',
      title: 'Personsag',
      kind: 'decision',
      access: 'closed',
      caseNumber: '20/1',
      description: 'HEMMELIG sagsfremstilling',
      decision: { outcome: 'approved', text: 'HEMMELIG beslutning' },
      attachments: [{ id: 'b3', title: 'HEMMELIGT bilag 2' }],
      subItems: [{ id: 'i2a', title: 'HEMMELIGT underpunkt' }],
      'x-extra': 'HEMMELIG',
    },
  ],
});

describe('meetingFileVariant', () => {
  it('public: a closed item keeps only id, number, title, kind and access; closed attachments go', () => {
    const text = serializeMeetingFile(meetingFileVariant(meeting, { public: true }));
    expect(text).not.toContain('HEMMELIG');
    const back = parseMeetingFile(text, 'offentlig.json');
    if (!back.ok) throw new Error(back.message);
    expect(back.meeting.items![1]).toEqual({ id: 'i2', number: '7', title: 'Personsag', kind: 'decision', access: 'closed' });
    expect(back.meeting.items![0]!.attachments!.map((a) => a.id)).toEqual(['b1']);
    expect(back.meeting.items![0]!.subItems!.map((s) => s.title)).toEqual(['Åbent underpunkt', 'Lukket underpunkt']);
    // An open item's minutes stay in a public export of the minutes.
    expect(text).toContain('Drøftelsen');
  });

  it('agenda: the meeting\'s own parts (notes, absences, round table, decision, follow-ups, attendance) are left out', () => {
    const file = meetingFileVariant(meeting, { agenda: true });
    const text = serializeMeetingFile(file);
    for (const word of ['Drøftelsen', 'Indlæg', 'Godkendt', 'Imod', 'Skriv', 'Under-referat', 'fra pkt. 2', 'inhabil']) expect(text).not.toContain(word);
    expect(text).toContain('Sagsfremstilling');
    const back = parseMeetingFile(text, 'dagsorden.json');
    if (!back.ok) throw new Error(back.message);
    expect(back.meeting.documentKind).toBe('agenda');
    expect(back.meeting.people!.map((p) => p.attendance)).toEqual(['unknown', 'unknown']);
  });

  it('neither: the meeting as it is', () => {
    expect(meetingFileVariant(meeting, {})).toBe(meeting);
  });
});
