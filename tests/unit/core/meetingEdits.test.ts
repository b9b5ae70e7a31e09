import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Core } from '../../../src-main/core/createCore';
import type { RichDoc } from '../../../src-main/shared/richText/proseMirror';
import { openTestCore } from '../../support/coreFixture';

const para = (text: string): RichDoc => ({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] });

describe('editing a meeting, one small change at a time', () => {
  let t: ReturnType<typeof openTestCore>;
  let core: Core;
  let forumId: string;
  let meetingId: string;

  beforeEach(async () => {
    t = openTestCore(() => new Date('2026-11-23T12:00:00Z'));
    core = t.core;
    const forum = await core.call('forums.create', { name: 'Udsatterådet', organisation: 'Ringsted Kommune' });
    forumId = forum.id;
    await core.call('members.add', { forumId, name: 'Alice Morsbøl', role: 'chair' });
    await core.call('members.add', { forumId, name: 'Poul Kry', organisation: 'SIND' });
    const retired = await core.call('members.add', { forumId, name: 'Gammelt Medlem' });
    await core.call('members.retire', { memberId: retired.id, retired: true });
    meetingId = (await core.call('meetings.create', { forumId, title: 'Møde i Udsatterådet', date: '2026-12-01' })).id;
  });
  afterEach(() => t.dispose());

  it('a new meeting gets the forum’s current members, not the retired ones', async () => {
    const m = await core.call('meetings.get', { id: meetingId });
    expect(m.people.map((p) => [p.name, p.role])).toEqual([
      ['Alice Morsbøl', 'chair'],
      ['Poul Kry', 'member'],
    ]);
    expect(m.revision).toBe(1);
    expect(m.status).toBe('draft');
  });

  it('every change bumps the revision in the same transaction and emits meetings.changed', async () => {
    const seen: number[] = [];
    core.on('meetings.changed', (e) => seen.push(e.revision));
    const a = await core.call('items.add', { meetingId, title: 'Velkommen', kind: 'standing' });
    const b = await core.call('items.updateField', { meetingId, itemId: a.itemId, patch: { field: 'notes', value: para('Alice bød velkommen.') } });
    expect([a.revision, b.revision]).toEqual([2, 3]);
    expect(seen).toEqual([2, 3]);
    const m = await core.call('meetings.get', { id: meetingId });
    expect(m.revision).toBe(3);
    expect(m.items[0]!.notes).toEqual(para('Alice bød velkommen.'));
  });

  it('a refused change leaves the revision where it was', async () => {
    const a = await core.call('items.add', { meetingId, title: 'Velkommen' });
    const bad = await core.invoke('items.updateField', { meetingId, itemId: a.itemId, patch: { field: 'plannedMinutes', value: 'ti' } });
    expect(bad).toMatchObject({ ok: false, error: { code: 'invalid-input', path: 'patch.value' } });
    const missing = await core.invoke('items.updateField', { meetingId, itemId: 'nope', patch: { field: 'title', value: 'X' } });
    expect(missing).toMatchObject({ ok: false, error: { code: 'not-found' } });
    expect((await core.call('meetings.get', { id: meetingId })).revision).toBe(a.revision);
  });

  it('adds, reorders, nests and deletes items and sub-items', async () => {
    const ids: string[] = [];
    for (const title of ['Velkommen', 'Siden sidst', 'Orientering', 'Eventuelt']) ids.push((await core.call('items.add', { meetingId, title })).itemId);
    await core.call('items.move', { meetingId, itemId: ids[3]!, parentId: null, index: 0 });
    const sub = await core.call('items.add', { meetingId, parentId: ids[2]!, title: 'Nyt fra forvaltningen' });
    await core.call('items.add', { meetingId, parentId: ids[2]!, title: 'Nyt fra medlemmerne', index: 0 });
    const deep = await core.invoke('items.add', { meetingId, parentId: sub.itemId, title: 'For dybt' });
    expect(deep).toMatchObject({ ok: false, error: { code: 'invalid-input', path: 'parentId' } });
    await core.call('items.delete', { meetingId, itemId: ids[1]! });

    const m = await core.call('meetings.get', { id: meetingId });
    expect(m.items.map((i) => i.title)).toEqual(['Eventuelt', 'Velkommen', 'Orientering']);
    expect(m.items[2]!.subItems!.map((i) => i.title)).toEqual(['Nyt fra medlemmerne', 'Nyt fra forvaltningen']);
    // a sub-item can be lifted to the top level
    await core.call('items.move', { meetingId, itemId: sub.itemId, parentId: null, index: 3 });
    const after = await core.call('meetings.get', { id: meetingId });
    expect(after.items.map((i) => i.title)).toEqual(['Eventuelt', 'Velkommen', 'Orientering', 'Nyt fra forvaltningen']);
    expect(after.items[2]!.subItems!.map((i) => i.title)).toEqual(['Nyt fra medlemmerne']);
  });

  it('deleting an item answers what was removed, and restore puts it back whole', async () => {
    const a = await core.call('items.add', { meetingId, title: 'Velkommen' });
    const b = await core.call('items.add', { meetingId, title: 'Arbejdsplan', kind: 'decision' });
    await core.call('items.add', { meetingId, title: 'Eventuelt' });
    const sub = await core.call('items.add', { meetingId, parentId: b.itemId, title: 'Mødedatoer' });
    await core.call('items.updateField', { meetingId, itemId: b.itemId, patch: { field: 'notes', value: para('Drøftet grundigt.') } });
    await core.call('decisions.update', { meetingId, itemId: sub.itemId, patch: { outcome: 'approved', text: para('Datoerne blev godkendt.') } });
    await core.call('actions.add', { meetingId, itemId: b.itemId, text: 'Udsend arbejdsplanen' });
    const before = await core.call('meetings.get', { id: meetingId });

    const del = await core.call('items.delete', { meetingId, itemId: b.itemId });
    expect(del.removed).toMatchObject({ parentId: null, index: 1, item: { title: 'Arbejdsplan' } });
    expect((await core.call('meetings.get', { id: meetingId })).items.map((i) => i.title)).toEqual(['Velkommen', 'Eventuelt']);

    await core.call('items.restore', { meetingId, parentId: del.removed.parentId, index: del.removed.index, item: del.removed.item as never });
    const after = await core.call('meetings.get', { id: meetingId });
    expect(after.items).toEqual(before.items);
    expect(a.itemId).toBe(after.items[0]!.id);
    // restoring twice is refused: the item is there already
    expect(await core.invoke('items.restore', { meetingId, parentId: null, index: 0, item: del.removed.item as never })).toMatchObject({ ok: false, error: { code: 'conflict' } });
  });

  it('records attendance, round table, per-item absence, decision with votes and dissent, follow-ups', async () => {
    const m0 = await core.call('meetings.get', { id: meetingId });
    const [alice, poul] = m0.people;
    const guest = await core.call('people.add', { meetingId, person: { name: 'Kirsten Hejnfelt', role: 'guest', attendance: 'present' } });
    await core.call('people.allPresent', { meetingId });
    await core.call('people.update', { meetingId, personId: poul!.id, patch: { attendance: 'notified-absence', attendanceNote: 'syg' } });
    await core.call('people.update', { meetingId, personId: alice!.id, patch: { isReferent: true, attendanceNote: 'deltog fra pkt. 3' } });
    const item = await core.call('items.add', { meetingId, title: 'Bordet rundt', kind: 'standing' });
    await core.call('roundTable.set', { meetingId, itemId: item.itemId, personId: guest.personId, text: para('Krisecentret har 97 % belægning.') });
    await core.call('roundTable.set', { meetingId, itemId: item.itemId, personId: alice!.id, text: para('Fokus på coronavirus.') });
    await core.call('absences.set', { meetingId, itemId: item.itemId, personId: guest.personId, reason: 'inhabil' });
    await core.call('decisions.update', { meetingId, itemId: item.itemId, patch: { outcome: 'approved', votes: { for: 5, against: 1, abstain: 0 } } });
    await core.call('decisions.update', {
      meetingId,
      itemId: item.itemId,
      patch: { text: para('Godkendt.'), dissent: [{ personIds: [alice!.id], text: para('Alice ønskede sin mening ført til referat.') }] },
    });
    const action = await core.call('actions.add', { meetingId, itemId: item.itemId, text: 'Send notatet rundt', ownerId: alice!.id, due: '2026-12-15' });
    await core.call('actions.update', { meetingId, actionId: action.actionId, patch: { done: true } });

    const m = await core.call('meetings.get', { id: meetingId });
    expect(m.people.map((p) => p.attendance)).toEqual(['present', 'notified-absence', 'present']);
    expect(m.people[0]).toMatchObject({ isReferent: true, attendanceNote: 'deltog fra pkt. 3' });
    const it0 = m.items[0]!;
    expect(it0.roundTable!.map((e) => e.personId)).toEqual([guest.personId, alice!.id]);
    expect(it0.absent).toEqual([{ personId: guest.personId, reason: 'inhabil', note: null }]);
    // came later and left early: two absences of one person; one taken back leaves the other
    await core.call('absences.set', { meetingId, itemId: item.itemId, personId: alice!.id, reason: 'arrived-later' });
    await core.call('absences.set', { meetingId, itemId: item.itemId, personId: alice!.id, reason: 'left', note: 'kl. 17' });
    await core.call('absences.set', { meetingId, itemId: item.itemId, personId: alice!.id, reason: 'left', note: 'kl. 17.15' });
    const both = (await core.call('meetings.get', { id: meetingId })).items[0]!.absent.filter((a) => a.personId === alice!.id);
    expect(both).toEqual([
      { personId: alice!.id, reason: 'arrived-later', note: null },
      { personId: alice!.id, reason: 'left', note: 'kl. 17.15' },
    ]);
    await core.call('absences.remove', { meetingId, itemId: item.itemId, personId: alice!.id, reason: 'arrived-later' });
    expect((await core.call('meetings.get', { id: meetingId })).items[0]!.absent.map((a) => a.reason)).toEqual(['inhabil', 'left']);
    await core.call('absences.set', { meetingId, itemId: item.itemId, personId: alice!.id, reason: null });
    expect((await core.call('meetings.get', { id: meetingId })).items[0]!.absent).toEqual([{ personId: guest.personId, reason: 'inhabil', note: null }]);
    expect(it0.decision).toMatchObject({ outcome: 'approved', votes: { for: 5, against: 1, abstain: 0 }, text: para('Godkendt.') });
    expect(it0.decision!.dissent).toEqual([{ personIds: [alice!.id], text: para('Alice ønskede sin mening ført til referat.') }]);
    expect(it0.actions).toEqual([expect.objectContaining({ text: 'Send notatet rundt', ownerId: alice!.id, due: '2026-12-15', done: true })]);

    // a person whose words are in the minutes cannot be removed silently
    const refused = await core.invoke('people.remove', { meetingId, personId: guest.personId });
    expect(refused).toMatchObject({ ok: false, error: { code: 'conflict' } });
    // an owner who is not among the people is refused, naming the field
    const badOwner = await core.invoke('actions.add', { meetingId, itemId: item.itemId, text: 'X', ownerId: 'ghost' });
    expect(badOwner).toMatchObject({ ok: false, error: { code: 'invalid-input', path: 'ownerId' } });
  });

  it('keeps an attachment’s bytes under their sha256 in the data folder', async () => {
    const item = await core.call('items.add', { meetingId, title: 'Arbejdsplan' });
    const bytes = Buffer.from('%PDF-1.7 arbejdsplan');
    await core.call('attachments.add', { meetingId, itemId: item.itemId, title: 'Arbejdsplan 20/21', reference: '55219/21', fileName: '../../etc/Arbejdsplan.pdf', dataBase64: bytes.toString('base64') });
    const m = await core.call('meetings.get', { id: meetingId });
    const a = m.items[0]!.attachments![0]!;
    expect(a).toMatchObject({ title: 'Arbejdsplan 20/21', reference: '55219/21', access: 'open', file: 'bilag/Arbejdsplan.pdf' });
    const { readFileSync } = await import('node:fs');
    const { attachmentPath } = await import('../../../src-main/core/services/attachments');
    expect(readFileSync(attachmentPath(t.dataDir, a.sha256!))).toEqual(bytes);
  });

  it('header fields and Næste møde', async () => {
    await core.call('meetings.updateHeader', { meetingId, patch: { location: 'Ringsted Krisecenter, Sorøvej 22', startTime: '10:00', endTime: '12:00', jointBodies: ['Kommunalbestyrelsen'] } });
    await core.call('meetings.setNextMeeting', { meetingId, nextMeeting: { date: '2027-03-08', startTime: '10:00', host: 'Socialpsykiatrien' } });
    const m = await core.call('meetings.get', { id: meetingId });
    expect(m).toMatchObject({ location: 'Ringsted Krisecenter, Sorøvej 22', startTime: '10:00', endTime: '12:00', jointBodies: ['Kommunalbestyrelsen'] });
    expect(m.nextMeeting).toEqual({ date: '2027-03-08', startTime: '10:00', host: 'Socialpsykiatrien' });
    const bad = await core.invoke('meetings.updateHeader', { meetingId, patch: { date: '2027-02-30' } });
    expect(bad).toMatchObject({ ok: false, error: { code: 'invalid-input', path: 'patch.date' } });
  });

  it('a signed meeting refuses every edit with meeting-locked', async () => {
    const item = await core.call('items.add', { meetingId, title: 'Velkommen' });
    core.db.prepare("UPDATE meetings SET status = 'signed' WHERE id = ?").run(meetingId);
    const answers = await Promise.all([
      core.invoke('items.updateField', { meetingId, itemId: item.itemId, patch: { field: 'title', value: 'Ændret' } }),
      core.invoke('items.add', { meetingId, title: 'Nyt' }),
      core.invoke('people.allPresent', { meetingId }),
      core.invoke('decisions.update', { meetingId, itemId: item.itemId, patch: { outcome: 'approved' } }),
    ]);
    for (const a of answers) expect(a).toMatchObject({ ok: false, error: { code: 'meeting-locked' } });
  });
});
