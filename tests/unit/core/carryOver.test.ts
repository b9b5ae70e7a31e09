import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Core } from '../../../src-main/core/createCore';
import type { RichDoc } from '../../../src-main/shared/richText/proseMirror';
import { docToPlainText } from '../../../src-main/shared/richText/plainText';
import { openTestCore } from '../../support/coreFixture';

const para = (text: string): RichDoc => ({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] });

describe('a new meeting from the last one: every carry-over rule, on the real store', () => {
  let t: ReturnType<typeof openTestCore>;
  let core: Core;
  let forumId: string;
  let lastId: string;
  const ids: Record<string, string> = {};

  beforeEach(async () => {
    t = openTestCore(() => new Date('2026-11-23T12:00:00Z'));
    core = t.core;
    forumId = (await core.call('forums.create', { name: 'Handicaprådet', organisation: 'Ringsted Kommune' })).id;
    await core.call('members.add', { forumId, name: 'Alice Morsbøl', role: 'chair' });
    await core.call('members.add', { forumId, name: 'Poul Kry', organisation: 'SIND' });
    const last = await core.call('meetings.create', { forumId, title: 'Møde i Handicaprådet', date: '2026-09-08', templateId: 'builtin:raadsmoede' });
    lastId = last.id;
    for (const i of last.items) ids[i.title] = i.id;
    const [alice] = last.people;
    await core.call('people.add', { meetingId: lastId, person: { name: 'Gæst Gæstesen', role: 'guest', attendance: 'present' } });
    const caseItem = await core.call('items.add', { meetingId: lastId, title: 'Tilgængelighed i rådhuset', kind: 'decision', index: 4 });
    ids.case = caseItem.itemId;
    await core.call('items.updateField', { meetingId: lastId, itemId: ids.case, patch: { field: 'description', value: para('Forvaltningen har kortlagt adgangsforholdene.') } });
    await core.call('items.updateField', { meetingId: lastId, itemId: ids.case, patch: { field: 'notes', value: para('Det blev drøftet, men ikke afsluttet.') } });
    await core.call('decisions.update', { meetingId: lastId, itemId: ids.case, patch: { outcome: 'postponed', text: para('Punktet blev udsat.'), postponedTo: '2026-12-01' } });
    await core.call('decisions.update', { meetingId: lastId, itemId: ids['Orientering']!, patch: { outcome: 'noted' } });
    await core.call('actions.add', { meetingId: lastId, itemId: ids['Drøftelse']!, text: 'Send kortlægningen til rådet', ownerId: alice!.id, due: '2026-10-01' });
    const done = await core.call('actions.add', { meetingId: lastId, itemId: ids['Drøftelse']!, text: 'Book lokale', ownerName: 'Sekretariatet' });
    await core.call('actions.update', { meetingId: lastId, actionId: done.actionId, patch: { done: true } });
    await core.call('actions.add', { meetingId: lastId, itemId: ids['Siden sidst']!, text: 'Ring til Ældrerådet', ownerName: 'Sekretariatet' });
    await core.call('meetings.setNextMeeting', { meetingId: lastId, nextMeeting: { date: '2026-12-01', startTime: '16:30', endTime: '18:00', host: 'Socialpsykiatrien' } });
  });
  afterEach(() => t.dispose());

  it('takes date, times and place from Næste møde, and the members with their roles', async () => {
    const next = await core.call('meetings.create', { forumId, title: 'Møde i Handicaprådet', fromLast: true });
    expect([next.date, next.startTime, next.endTime, next.location]).toEqual(['2026-12-01', '16:30', '18:00', 'Hos Socialpsykiatrien']);
    expect(next.people.map((p) => [p.name, p.role, p.attendance])).toEqual([
      ['Alice Morsbøl', 'chair', 'unknown'],
      ['Poul Kry', 'member', 'unknown'],
    ]);
  });

  it('brings an item decided "Udsat" back, with its texts and where it came from, but not what was said', async () => {
    const next = await core.call('meetings.create', { forumId, title: 'Næste', fromLast: true });
    const back = next.items.find((i) => i.title === 'Tilgængelighed i rådhuset')!;
    expect(back.subtitle).toBe('Udsat fra mødet den 8. september 2026');
    expect(docToPlainText(back.description!)).toBe('Forvaltningen har kortlagt adgangsforholdene.');
    expect(back.notes ?? null).toBeNull();
    expect(back.decision ?? null).toBeNull();
    expect((back as unknown as { carriedFrom: unknown }).carriedFrom).toEqual({ meetingId: lastId, itemId: ids.case, date: '2026-09-08', title: 'Møde i Handicaprådet' });
    // items decided otherwise do not come back
    expect(next.items.filter((i) => i.title === 'Orientering')).toHaveLength(0);
  });

  it('lists the open follow-ups under "Opfølgning fra sidste møde", owners found again, done ones left out', async () => {
    const next = await core.call('meetings.create', { forumId, title: 'Næste', fromLast: true });
    const item = next.items.find((i) => i.title === 'Opfølgning fra sidste møde')!;
    const alice = next.people.find((p) => p.name === 'Alice Morsbøl')!;
    // in the order of the last meeting's agenda
    expect(item.actions.map((a) => [a.text, a.ownerId ?? null, a.ownerName ?? null, a.due ?? null, a.done])).toEqual([
      ['Ring til Ældrerådet', null, 'Sekretariatet', null, false],
      ['Send kortlægningen til rådet', alice.id, null, '2026-10-01', false],
    ]);
    // the register shows each once: where it was carried to; ticking it off there closes it
    const register = await core.call('followUps.list', { forumId });
    expect(register.map((r) => [r.text, r.meetingId])).toEqual([
      ['Send kortlægningen til rådet', next.id],
      ['Ring til Ældrerådet', next.id],
    ]);
    await core.call('actions.update', { meetingId: next.id, actionId: item.actions[1]!.id, patch: { done: true } });
    expect((await core.call('followUps.list', { forumId })).map((r) => r.text)).toEqual(['Ring til Ældrerådet']);
  });

  it('names the last meeting in "Godkendelse af referat fra sidste møde" and keeps the agenda’s standing items first', async () => {
    const next = await core.call('meetings.create', { forumId, title: 'Næste', fromLast: true, templateId: 'Rådsmøde' });
    const approval = next.items.find((i) => i.title === 'Godkendelse af referat fra sidste møde')!;
    expect(docToPlainText(approval.description!)).toBe('Referatet fra mødet den 8. september 2026 («Møde i Handicaprådet») godkendes.');
    expect(next.items.map((i) => i.title)).toEqual([
      'Velkommen og godkendelse af dagsorden',
      'Godkendelse af referat fra sidste møde',
      'Opfølgning fra sidste møde',
      'Tilgængelighed i rådhuset',
      'Siden sidst',
      'Orientering',
      'Drøftelse',
      'Eventuelt',
    ]);
  });

  it('"Opret næste møde" works only from the forum’s latest meeting', async () => {
    const { id } = await core.call('meetings.createNext', { meetingId: lastId });
    expect((await core.call('meetings.get', { id })).date).toBe('2026-12-01');
    expect(await core.invoke('meetings.createNext', { meetingId: lastId })).toMatchObject({ ok: false, error: { code: 'conflict' } });
  });

  it('without a last meeting, "from last" is refused with a way forward', async () => {
    const other = (await core.call('forums.create', { name: 'Ældrerådet' })).id;
    expect(await core.invoke('meetings.create', { forumId: other, title: 'X', fromLast: true })).toMatchObject({ ok: false, error: { code: 'not-found', message: expect.stringContaining('skabelon') } });
  });
});

describe('the life cycle', () => {
  let t: ReturnType<typeof openTestCore>;
  let core: Core;
  beforeEach(() => {
    t = openTestCore();
    core = t.core;
  });
  afterEach(() => t.dispose());

  it('moves Kladde → Dagsorden udsendt → Møde i gang → Endeligt referat, and remembers the agenda as sent', async () => {
    const forumId = (await core.call('forums.create', { name: 'Udsatterådet' })).id;
    const m = await core.call('meetings.create', { forumId, title: 'Møde', date: '2026-12-01', templateId: 'builtin:dialogmoede' });
    await core.call('meetings.setStatus', { meetingId: m.id, status: 'agenda-sent' });
    const sent = await core.call('meetings.get', { id: m.id });
    expect(sent.status).toBe('agenda-sent');
    expect(sent.agendaSent!.items.map((i) => i.title)).toEqual(m.items.map((i) => i.title));
    expect(await core.invoke('meetings.setStatus', { meetingId: m.id, status: 'final' })).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    await core.call('meetings.setStatus', { meetingId: m.id, status: 'in-meeting' });
    await core.call('meetings.setStatus', { meetingId: m.id, status: 'final' });
    expect((await core.call('meetings.get', { id: m.id })).status).toBe('final');
    // the exported file carries the status, not the snapshot
    expect((await core.call('meetings.exportFile', { id: m.id })).text).not.toContain('agendaSent');
  });
});
