import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { normalizeForComparison } from '../../../../src-main/shared/meetingFile/equivalence';
import { serializeMeetingFile } from '../../../../src-main/shared/meetingFile/serialize';
import type { MeetingFile } from '../../../../src-main/shared/meetingFile/types';
import { parseMeetingFile } from '../../../../src-main/shared/meetingFile/validate';
import { docToPlainText } from '../../../../src-main/shared/richText/plainText';

const names = ['norddjurs-2021-04-15.meeting.json', 'ringsted-2020-03-10.meeting.json'];
const text = (name: string) => readFileSync(join(__dirname, '../../../fixtures', name), 'utf8');
function load(name: string): MeetingFile {
  const r = parseMeetingFile(text(name), name);
  if (!r.ok) throw new Error(r.message);
  return r.meeting;
}

describe('the example minutes as meeting files', () => {
  it.each(names)('%s is accepted and keeps rich text in Markdown form', (name) => {
    const raw = JSON.parse(text(name)) as { items: Array<{ description?: unknown; notes?: unknown }> };
    expect(raw.items.some((i) => typeof i.description === 'string' || typeof i.notes === 'string')).toBe(true);
    expect(load(name).items?.length).toBeGreaterThan(0);
  });

  it.each(names)('%s exports (ProseMirror form) to a file that reads back to the same meeting, byte-stable', (name) => {
    const meeting = load(name);
    const exported = serializeMeetingFile(meeting);
    const again = parseMeetingFile(exported, name);
    if (!again.ok) throw new Error(again.message);
    expect(normalizeForComparison(again.meeting)).toEqual(normalizeForComparison(meeting));
    expect(serializeMeetingFile(again.meeting)).toBe(exported);
    expect(exported).not.toMatch(/"description": "/);
  });

  it('Norddjurs holds the beslutningsreferat', () => {
    const m = load(names[0] as string);
    expect([m.forum.name, m.forum.organisation, m.forum.shortName]).toEqual(['Dialogforum for socialt udsatte', 'Norddjurs Kommune', 'DFSU']);
    expect([m.documentKind, m.date, m.startTime, m.endTime, m.location]).toEqual(['decision-minutes', '2021-04-15', '15:00', '17:00', 'Teams']);
    expect(m.people).toHaveLength(11);
    expect(m.people?.filter((p) => p.attendance === 'absent').map((p) => p.name)).toEqual(['Tinne Christiansen', 'Karoline Bergkvist Søgaard (A)']);
    expect(m.people?.every((p) => p.organisation)).toBe(true);
    const items = m.items ?? [];
    expect(items).toHaveLength(7);
    for (const item of items) expect([item.kleNumber, item.caseNumber, item.access, item.routing]).toEqual(['00.15.00.A00', '20/968', 'open', 'DFSU']);
    expect(items.map((i) => i.decision?.outcome)).toEqual(['noted', 'approved', 'decided', 'postponed', 'approved-with-changes', 'noted', 'noted']);
    expect(items[3]?.decision?.postponedTo).toBe('2021-10-04');
    expect(items[4]?.attachments).toEqual([{ id: 'b1', number: '1', title: 'Arbejdsplan for dialogforum for socialt udsatte 20/21', reference: '55219/21', access: 'open' }]);
    expect(docToPlainText(items[6]?.decision?.text ?? null)).toBe('Intet under eventuelt.');
    expect(docToPlainText(items[2]?.description ?? null)).toContain('2. COVID-19 og erfaringer og opmærksomheder i forhold til socialt udsatte:\n   - a. Hvad betød nedlukningen');
    expect(docToPlainText(items[4]?.decision?.text ?? null)).toContain('- Mødet mandag den 4. oktober afholdes fra kl. 15.30 – 17.30');
    expect(m.nextMeeting).toEqual({ date: '2021-10-04', startTime: '15:30', endTime: '17:30' });
  });

  it('Ringsted holds the dialogmøde with its round table', () => {
    const m = load(names[1] as string);
    expect([m.title, m.forum.organisation, m.date, m.startTime, m.endTime, m.location]).toEqual([
      'Første halvårslige dialogmøde vedr. socialt udsatte',
      'Ringsted Kommune',
      '2020-03-10',
      '10:00',
      '12:00',
      'Ringsted Krisecenter, Sorøvej 22',
    ]);
    const people = m.people ?? [];
    expect(people.filter((p) => p.attendance === 'present')).toHaveLength(8);
    expect(people.filter((p) => p.attendance === 'notified-absence').map((p) => p.name)).toEqual([
      'Jette Christensen',
      'Birgit Ladegaard',
      'Svend-Erik Jakobsen',
      'Nadia',
      'Reinhold Schäfer',
      'Trine Testmann',
    ]);
    expect(people.filter((p) => p.isReferent).map((p) => p.name)).toEqual(['Kia Brisson Andersen']);
    expect(people.find((p) => p.name === 'Kia Brisson Andersen')).toMatchObject({ role: 'administration', title: 'Konsulent i Social- og Sundhedscentret', signs: false });
    const items = m.items ?? [];
    expect(items.map((i) => i.title)).toEqual([
      'Velkommen til Ringsted Krisecenter',
      'Kort præsentationsrunde',
      'Bordet rundt',
      'Den nationale hjemløsetælling',
      '2. halvårige møde i 2020',
      'Eventuelt',
    ]);
    const round = items[2]?.roundTable ?? [];
    const nameOf = (id: string) => people.find((p) => p.id === id)?.name.split(' ')[0];
    expect(round.map((e) => nameOf(e.personId))).toEqual(['Carli', 'Mikkel', 'Kirsten', 'Poul', 'Henriette', 'Anja', 'Alice']);
    expect(docToPlainText(round[0]?.text ?? null)).toContain('- Ture til Legoland og Den Blå Planet');
    expect(items[3]?.presenter).toBe('Alice Morsbøl');
    expect(docToPlainText(items[5]?.notes ?? null)).toBe('Intet til punktet.');
    expect(m.nextMeeting).toEqual({ date: '2020-09-08', startTime: '10:00', endTime: '12:00', host: 'Socialpsykiatrien' });
  });
});
