import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Core } from '../../../src-main/core/createCore';
import { parseMeetingFile } from '../../../src-main/shared/meetingFile/validate';
import { normalizeForComparison } from '../../../src-main/shared/meetingFile/equivalence';
import { openTestCore, rowCounts } from '../../support/coreFixture';

const fixtures = ['norddjurs-2021-04-15.meeting.json', 'ringsted-2020-03-10.meeting.json'];
const read = (name: string) => readFileSync(join('tests', 'fixtures', name), 'utf8');
const parsed = (text: string, name = 'f.json') => {
  const r = parseMeetingFile(text, name);
  if (!r.ok) throw new Error(r.message);
  return r.meeting;
};

describe('the meeting file through the store', () => {
  let t: ReturnType<typeof openTestCore>;
  let core: Core;
  beforeEach(() => {
    t = openTestCore(() => new Date('2026-11-23T12:00:00Z'));
    core = t.core;
  });
  afterEach(() => t.dispose());

  for (const name of fixtures) {
    it(`export(import(${name})) describes the same meeting`, async () => {
      const text = read(name);
      const result = await core.call('meetings.importFile', { fileName: name, text });
      expect(result.action).toBe('created');
      const exported = await core.call('meetings.exportFile', { id: result.id });
      expect(normalizeForComparison(parsed(exported.text), { ignoreRevision: true })).toEqual(normalizeForComparison(parsed(text), { ignoreRevision: true }));
      // Referent writes the ProseMirror form, and reading its own output changes nothing.
      expect(exported.text).toContain('"type": "doc"');
      t.reopen();
      core = t.core;
      const again = await core.call('meetings.exportFile', { id: result.id });
      expect(again.text).toBe(exported.text);
    });
  }

  it('importing the same file twice changes nothing', async () => {
    const text = read(fixtures[0]!);
    const first = await core.call('meetings.importFile', { fileName: 'a.json', text });
    const before = { counts: rowCounts(core), hash: core.services.meetings.contentHash(first.id), rev: (await core.call('meetings.get', { id: first.id })).revision };
    const second = await core.call('meetings.importFile', { fileName: 'a.json', text });
    expect(second.action).toBe('unchanged');
    expect({ counts: rowCounts(core), hash: core.services.meetings.contentHash(first.id), rev: (await core.call('meetings.get', { id: first.id })).revision }).toEqual(before);
  });

  it('a newer revision replaces the meeting; an older one does not overwrite it', async () => {
    const base = JSON.parse(read(fixtures[0]!)) as Record<string, unknown>;
    const v3 = { ...base, revision: 3, title: 'Version 3' };
    const v2 = { ...base, revision: 2, title: 'Version 2' };
    const v5 = { ...base, revision: 5, title: 'Version 5' };
    expect((await core.call('meetings.importFile', { fileName: 'v3.json', text: JSON.stringify(v3) })).action).toBe('created');
    expect((await core.call('meetings.importFile', { fileName: 'v2.json', text: JSON.stringify(v2) })).action).toBe('older');
    expect((await core.call('meetings.get', { id: base.id as string })).title).toBe('Version 3');
    expect((await core.call('meetings.importFile', { fileName: 'v5.json', text: JSON.stringify(v5) })).action).toBe('updated');
    const m = await core.call('meetings.get', { id: base.id as string });
    expect([m.title, m.revision]).toEqual(['Version 5', 5]);
    expect(rowCounts(core).meetings).toBe(1);
  });

  it('a signed meeting is locked: a newer revision that would change it is refused, with what to do, and nothing changes', async () => {
    const base = JSON.parse(read(fixtures[0]!)) as Record<string, unknown>;
    const signed = { ...base, revision: 2, status: 'signed' };
    const { id } = await core.call('meetings.importFile', { fileName: 'v2.json', text: JSON.stringify(signed) });
    const before = { counts: rowCounts(core), hash: core.services.meetings.contentHash(id) };
    const changed = { ...signed, revision: 3, title: 'Ændret efter underskrift', status: 'final' };
    const refused = await core.invoke('meetings.importFile', { fileName: 'v3.json', text: JSON.stringify(changed) });
    expect(refused).toMatchObject({ ok: false, error: { code: 'meeting-locked' } });
    expect((refused as { error: { message: string } }).error.message).toMatch(/^v3\.json: ikke importeret: mødet her er underskrevet og låst.*«Genåbn»/);
    expect({ counts: rowCounts(core), hash: core.services.meetings.contentHash(id) }).toEqual(before);
    const m = await core.call('meetings.get', { id });
    expect([m.title, m.status, m.revision]).toEqual([base.title, 'signed', 2]);
    // The same content at a newer revision (exported elsewhere) changes nothing and is no error.
    expect((await core.call('meetings.importFile', { fileName: 'v4.json', text: JSON.stringify({ ...signed, revision: 4 }) })).action).toBe('unchanged');
  });

  it('a newer revision keeps what hangs on the meeting here and not in the file: its signed versions', async () => {
    const base = JSON.parse(read(fixtures[0]!)) as Record<string, unknown>;
    const { id } = await core.call('meetings.importFile', { fileName: 'v1.json', text: JSON.stringify(base) });
    core.db
      .prepare('INSERT INTO signed_versions (id, meeting_id, revision, sha256, signatures, signer, signed_at) VALUES (?, ?, 1, ?, 1, ?, ?)')
      .run('sv-1', id, 'a'.repeat(64), 'Mette Hansen', '2021-04-16T10:00:00Z');
    const signed = () => core.db.prepare('SELECT id, signer FROM signed_versions WHERE meeting_id = ?').all(id);
    expect(signed()).toHaveLength(1);
    expect((await core.call('meetings.importFile', { fileName: 'v2.json', text: JSON.stringify({ ...base, revision: 2, location: 'Rådhuset' }) })).action).toBe('updated');
    expect(signed()).toEqual([{ id: 'sv-1', signer: 'Mette Hansen' }]);
  });

  it('keeps keys it does not know on a round trip', async () => {
    const base = JSON.parse(read(fixtures[0]!)) as { items: Record<string, unknown>[] } & Record<string, unknown>;
    base.municipalSystem = { sbsys: 'SAG-1234' };
    base.items[0]!.xRef = 'K-77';
    const r = await core.call('meetings.importFile', { fileName: 'x.json', text: JSON.stringify(base) });
    const out = JSON.parse((await core.call('meetings.exportFile', { id: r.id })).text) as typeof base;
    expect(out.municipalSystem).toEqual({ sbsys: 'SAG-1234' });
    expect(out.items[0]!.xRef).toBe('K-77');
  });

  it('a new forum takes the file’s members as its standing members (not guests or stand-ins)', async () => {
    const r = await core.call('meetings.importFile', { fileName: 'n.json', text: read(fixtures[0]!) });
    const m = await core.call('meetings.get', { id: r.id });
    const members = await core.call('members.list', { forumId: m.forumId });
    expect(members.map((x) => x.name)).toEqual(m.people.filter((p) => p.role !== 'guest' && !p.substituteFor).map((p) => p.name));
    // the next meeting of the forum starts with them
    const next = await core.call('meetings.create', { forumId: m.forumId, title: 'Næste møde', date: '2021-10-04' });
    expect(next.people.map((p) => p.name)).toEqual(members.map((x) => x.name));
  });
});

describe('bad meeting files are refused whole, naming the file and the JSON path, with the database unchanged', () => {
  let t: ReturnType<typeof openTestCore>;
  let core: Core;
  let good: Record<string, unknown> & { items: Record<string, unknown>[]; people: Record<string, unknown>[] };
  let before: { counts: Record<string, number>; hash: string };
  let existingId: string;

  beforeEach(async () => {
    t = openTestCore();
    core = t.core;
    const text = read(fixtures[1]!);
    existingId = (await core.call('meetings.importFile', { fileName: 'ringsted.json', text })).id;
    good = JSON.parse(read(fixtures[0]!));
    before = { counts: rowCounts(core), hash: core.services.meetings.contentHash(existingId) };
  });
  afterEach(() => {
    expect({ counts: rowCounts(core), hash: core.services.meetings.contentHash(existingId) }).toEqual(before);
    t.dispose();
  });

  const clone = () => structuredClone(good);
  async function refused(text: string, path: RegExp | string | null, message?: RegExp) {
    const answer = await core.invoke('meetings.importFile', { fileName: 'mødet.json', text });
    expect(answer.ok).toBe(false);
    if (answer.ok) return;
    expect(answer.error.code).toBe('invalid-input');
    expect(answer.error.message).toContain('mødet.json');
    if (path !== null) {
      if (typeof path === 'string') expect(answer.error.message).toContain(path);
      else expect(answer.error.message).toMatch(path);
    }
    if (message) expect(answer.error.message).toMatch(message);
  }

  it('malformed JSON', () => refused('{"format": "referent.meeting", "formatVersion": 1,, }', null, /JSON/));
  it('a wrong format', () => refused(JSON.stringify({ ...clone(), format: 'other.thing' }), 'format'));
  it('a wrong formatVersion', () => refused(JSON.stringify({ ...clone(), formatVersion: 2 }), 'formatVersion'));
  it('an unknown enum value', () => {
    const m = clone();
    (m.items[2]!.decision as Record<string, unknown>).outcome = 'maybe';
    return refused(JSON.stringify(m), 'items[2].decision.outcome');
  });
  it('an impossible date', () => refused(JSON.stringify({ ...clone(), date: '2021-02-30' }), 'date'));
  it('an attachment path with ..', () => {
    const m = clone();
    (m.items[4]!.attachments as Record<string, unknown>[])[0]!.file = 'bilag/../../etc/passwd';
    return refused(JSON.stringify(m), 'items[4].attachments[0].file');
  });
  it('an absolute attachment path', () => {
    const m = clone();
    (m.items[4]!.attachments as Record<string, unknown>[])[0]!.file = '/etc/passwd';
    return refused(JSON.stringify(m), 'items[4].attachments[0].file');
  });
  it('a 50 MB text field', () => {
    const m = clone();
    m.items[0]!.notes = 'x'.repeat(50 * 1024 * 1024);
    return refused(JSON.stringify(m), 'items[0].notes');
  });
  it('a follow-up ownerId that is not in people', () => {
    const m = clone();
    m.items[1]!.actions = [{ id: 'a1', text: 'Ring til Røde Kors', ownerId: 'nobody' }];
    return refused(JSON.stringify(m), 'items[1].actions[0].ownerId');
  });
  it('a round-table personId that is not in people', () => {
    const m = clone();
    m.items[1]!.roundTable = [{ personId: 'nobody', text: 'Hej' }];
    return refused(JSON.stringify(m), 'items[1].roundTable[0].personId');
  });
  it('duplicate ids', () => {
    const m = clone();
    m.people[1]!.id = m.people[0]!.id;
    return refused(JSON.stringify(m), 'people[1].id');
  });
  it('sub-items nested two deep', () => {
    const m = clone();
    m.items[0]!.subItems = [{ id: 's1', title: 'A', subItems: [{ id: 's2', title: 'B' }] }];
    return refused(JSON.stringify(m), 'items[0].subItems[0].subItems');
  });
});
