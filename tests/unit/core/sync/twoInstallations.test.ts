/**
 * Issue 8's first acceptance point: two cores on two temp data dirs sharing one real temp folder.
 * Edits on A appear on B; the same field edited on both becomes a conflict on both, with both
 * versions retrievable; once resolved, both hold byte-equal møde.json.
 */
import { existsSync, readdirSync, readFileSync, renameSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Core } from '../../../../src-main/core/createCore';
import { parseMeetingFile } from '../../../../src-main/shared/meetingFile/validate';
import { openTestCore } from '../../../support/coreFixture';
import { makeTempDir } from '../../../support/tempDir';

type Opened = ReturnType<typeof openTestCore>;

function meetingFiles(root: string): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      if (e.isDirectory()) walk(join(dir, e.name));
      else if (e.name === 'møde.json') out.push(join(dir, e.name));
    }
  };
  walk(root);
  return out;
}

async function round(core: Core) {
  const report = await core.services.sync.run();
  expect(report, core.services.sync.status().problem?.message).not.toBeNull();
  return report!;
}

const doc = (text: string) => ({ type: 'doc' as const, content: [{ type: 'paragraph' as const, content: [{ type: 'text' as const, text }] }] });

describe('two installations sharing one folder', () => {
  let a: Opened;
  let b: Opened;
  let drive: ReturnType<typeof makeTempDir>;
  let meetingId: string;
  let itemId: string;

  beforeEach(async () => {
    a = openTestCore();
    b = openTestCore();
    drive = makeTempDir();
    const forum = await a.core.call('forums.create', { name: 'Udsatterådet' });
    const meeting = await a.core.call('meetings.create', { forumId: forum.id, title: 'Møde i Udsatterådet', date: '2026-11-26' });
    meetingId = meeting.id;
    ({ itemId } = await a.core.call('items.add', { meetingId, title: 'Orientering fra formanden' }));
    a.core.services.sync.setFolder({ folder: drive.path });
    b.core.services.sync.setFolder({ folder: drive.path });
    expect(await round(a.core)).toMatchObject({ pushed: 1, pulled: 0, conflicts: 0, failed: 0 });
    expect(await round(b.core)).toMatchObject({ pushed: 0, pulled: 1, conflicts: 0, failed: 0 });
  });

  afterEach(() => {
    a.dispose();
    b.dispose();
    drive.remove();
  });

  it('lays the meeting out for people, with the marker, and B holds it byte for byte', async () => {
    const dir = join(drive.path, 'Udsatterådet', '2026', '2026-11-26 Møde i Udsatterådet');
    expect(existsSync(join(dir, 'møde.json'))).toBe(true);
    expect(JSON.parse(readFileSync(join(drive.path, '.referent', 'drev.json'), 'utf8'))).toMatchObject({ format: 'referent.drive' });
    expect((await b.core.call('meetings.exportFile', { id: meetingId })).text).toBe(readFileSync(join(dir, 'møde.json'), 'utf8'));
    expect(a.core.services.sync.status()).toMatchObject({ pending: 0, conflicts: 0, problem: null });
  });

  it('brings an edit on A to B, and one on B back to A', async () => {
    await a.core.call('items.updateField', { meetingId, itemId, patch: { field: 'notes', value: doc('Formanden orienterede om budgettet.') } });
    expect(a.core.services.sync.status().pending).toBe(1);
    expect(await round(a.core)).toMatchObject({ pushed: 1 });
    expect(await round(b.core)).toMatchObject({ pulled: 1 });
    const onB = await b.core.call('meetings.get', { id: meetingId });
    expect(JSON.stringify(onB.items[0]!.notes)).toContain('budgettet');

    await b.core.call('meetings.updateHeader', { meetingId, patch: { location: 'Rådhuset, lokale 2' } });
    await round(b.core);
    await round(a.core);
    expect((await a.core.call('meetings.get', { id: meetingId })).location).toBe('Rådhuset, lokale 2');
    expect((await a.core.call('meetings.exportFile', { id: meetingId })).text).toBe((await b.core.call('meetings.exportFile', { id: meetingId })).text);
  });

  it('merges edits of different fields on both sides without asking', async () => {
    await a.core.call('meetings.updateHeader', { meetingId, patch: { location: 'Byrådssalen' } });
    await b.core.call('items.updateField', { meetingId, itemId, patch: { field: 'notes', value: doc('Skrevet på B.') } });
    await round(a.core);
    expect(await round(b.core)).toMatchObject({ pulled: 1, pushed: 1, conflicts: 0 });
    await round(a.core);
    const onA = await a.core.call('meetings.get', { id: meetingId });
    expect(onA.location).toBe('Byrådssalen');
    expect(JSON.stringify(onA.items[0]!.notes)).toContain('Skrevet på B.');
    expect((await a.core.call('meetings.exportFile', { id: meetingId })).text).toBe((await b.core.call('meetings.exportFile', { id: meetingId })).text);
  });

  it('makes the same field edited on both a conflict on both; resolved, both hold byte-equal møde.json', async () => {
    await a.core.call('meetings.updateHeader', { meetingId, patch: { title: 'Møde i Udsatterådet (A)' } });
    await b.core.call('meetings.updateHeader', { meetingId, patch: { title: 'Møde i Udsatterådet (B)' } });
    await round(a.core);
    expect(await round(b.core)).toMatchObject({ conflicts: 1, pushed: 0 });
    // A learns of it from B's conflict copy on the drive.
    expect(await round(a.core)).toMatchObject({ conflicts: 1 });

    for (const [side, mine, theirs] of [[a, '(A)', '(B)'], [b, '(B)', '(A)']] as const) {
      const [conflict] = side.core.services.sync.conflicts();
      expect(conflict!.fields).toEqual([expect.objectContaining({ path: 'title', localText: `Møde i Udsatterådet ${mine}`, remoteText: `Møde i Udsatterådet ${theirs}` })]);
      const versions = await side.core.call('sync.conflictVersions', { meetingId });
      expect(parseMeetingFile(versions.local, 'l').ok && parseMeetingFile(versions.remote, 'r').ok).toBe(true);
      expect(versions.remote).toContain(theirs);
    }
    // Nothing was overwritten on the drive: it still holds A's version.
    expect(readFileSync(meetingFiles(drive.path)[0]!, 'utf8')).toContain('(A)');

    await b.core.call('sync.resolve', { meetingId, choices: { title: 'remote' } });
    await round(b.core);
    await round(a.core);
    await round(b.core);
    expect(a.core.services.sync.status()).toMatchObject({ conflicts: 0, pending: 0 });
    expect(b.core.services.sync.status()).toMatchObject({ conflicts: 0, pending: 0 });
    const [file] = meetingFiles(drive.path);
    const onDrive = readFileSync(file!, 'utf8');
    expect(onDrive).toContain('Møde i Udsatterådet (A)');
    expect((await a.core.call('meetings.exportFile', { id: meetingId })).text).toBe(onDrive);
    expect((await b.core.call('meetings.exportFile', { id: meetingId })).text).toBe(onDrive);
    expect(readdirSync(join(drive.path, '.referent', 'konflikter'))).toEqual([]);
  });

  it('resolves on the side that learnt of the conflict from the copy, and converges too', async () => {
    await a.core.call('items.updateField', { meetingId, itemId, patch: { field: 'notes', value: doc('A skrev dette.') } });
    await b.core.call('items.updateField', { meetingId, itemId, patch: { field: 'notes', value: doc('B skrev noget andet.') } });
    await round(a.core);
    await round(b.core);
    await round(a.core);
    const [conflict] = a.core.services.sync.conflicts();
    expect(conflict!.fields[0]).toMatchObject({ path: `items.${itemId}.notes`, key: 'notes', item: { title: 'Orientering fra formanden' } });
    await a.core.call('sync.resolve', { meetingId, choices: { [`items.${itemId}.notes`]: 'remote' } });
    await round(a.core);
    await round(b.core);
    const texts = await Promise.all([a, b].map(async (s) => (await s.core.call('meetings.exportFile', { id: meetingId })).text));
    expect(texts[0]).toBe(texts[1]);
    expect(texts[0]).toContain('B skrev noget andet.');
    expect(readFileSync(meetingFiles(drive.path)[0]!, 'utf8')).toBe(texts[0]);
    expect([a, b].map((s) => s.core.services.sync.status().conflicts)).toEqual([0, 0]);
  });

  it('keeps both versions as two meetings when the referent asks', async () => {
    await a.core.call('meetings.updateHeader', { meetingId, patch: { location: 'Sted A' } });
    await b.core.call('meetings.updateHeader', { meetingId, patch: { location: 'Sted B' } });
    await round(a.core);
    await round(b.core);
    const { copyId } = await b.core.call('sync.resolve', { meetingId, keepBoth: true });
    expect(copyId).toBeTruthy();
    for (let i = 0; i < 2; i++) {
      await round(b.core);
      await round(a.core);
    }
    for (const s of [a, b]) {
      const locations = (await s.core.call('meetings.list', {})).map((m) => m.id === meetingId ? 'original' : 'copy').sort();
      expect(locations).toEqual(['copy', 'original']);
      expect((await s.core.call('meetings.get', { id: meetingId })).location).toBe('Sted B');
      expect((await s.core.call('meetings.get', { id: copyId! })).location).toBe('Sted A');
    }
    expect(meetingFiles(drive.path)).toHaveLength(2);
  });

  it('moves the folder when the meeting is renamed, on the drive and for B', async () => {
    await a.core.call('meetings.updateHeader', { meetingId, patch: { title: 'Ekstraordinært møde' } });
    await round(a.core);
    const files = meetingFiles(drive.path);
    expect(files).toHaveLength(1);
    expect(files[0]).toContain('2026-11-26 Ekstraordinært møde');
    await round(b.core);
    await b.core.call('meetings.updateHeader', { meetingId, patch: { location: 'Rådhuset' } });
    await round(b.core);
    expect(meetingFiles(drive.path)).toHaveLength(1);
    expect(readFileSync(meetingFiles(drive.path)[0]!, 'utf8')).toContain('Rådhuset');
  });

  it('writes nothing again when the folder is chosen again or its bookkeeping is lost (a restored database)', async () => {
    const [file] = meetingFiles(drive.path);
    const before = statSync(file!);
    expect(a.core.services.sync.setFolder({ folder: drive.path })).toMatchObject({ pending: 0 });
    a.core.db.exec('DELETE FROM sync_files; DELETE FROM sync_meetings; INSERT INTO sync_outbox (meeting_id, revision, queued_at) SELECT id, revision, \'x\' FROM meetings');
    expect(a.core.services.sync.status().pending).toBe(1);
    expect(await round(a.core)).toMatchObject({ pushed: 0, pulled: 0, conflicts: 0, failed: 0 });
    expect(a.core.services.sync.status().pending).toBe(0);
    const after = statSync(file!);
    expect([after.ino, after.mtimeMs]).toEqual([before.ino, before.mtimeMs]);
  });

  it('never reads a folder without its marker as "everything was deleted"', async () => {
    const away = `${drive.path}-away`;
    renameSync(drive.path, away);
    expect(await a.core.services.sync.run()).toBeNull();
    expect(a.core.services.sync.status().problem?.kind).toBe('offline');
    await a.core.call('meetings.updateHeader', { meetingId, patch: { location: 'Offline' } });
    expect(a.core.services.sync.status().pending).toBe(1);
    // An empty folder where the drive should be: refused, and left as it was.
    const { mkdirSync } = await import('node:fs');
    mkdirSync(drive.path);
    expect(await a.core.services.sync.run()).toBeNull();
    expect(a.core.services.sync.status().problem?.kind).toBe('not-ours');
    expect(readdirSync(drive.path)).toEqual([]);
    expect((await a.core.call('meetings.list', {})).length).toBe(1);
    // The drive comes back: the change goes out.
    const { rmdirSync } = await import('node:fs');
    rmdirSync(drive.path);
    renameSync(away, drive.path);
    expect(await round(a.core)).toMatchObject({ pushed: 1 });
    expect(a.core.services.sync.status()).toMatchObject({ pending: 0, problem: null });
    expect(statSync(meetingFiles(drive.path)[0]!).size).toBeGreaterThan(0);
  });
});
