/**
 * The drive goes away in the middle of a round (a network share drops, a USB disk is pulled, a
 * OneDrive folder is moved): a real folder, moved away or deleted by the test from inside the
 * folder target's file-system layer at a chosen call.
 */
import { cpSync, existsSync, mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { attachmentPath } from '../../../../src-main/core/services/attachments';
import { nodeFs, workerFs } from '../../../../src-main/core/sync/folderTarget';
import { addMeetings, faultyFs, hashesOf, lookAtDrive, openSyncingCore, secondInstallation, setNotes, type SyncingCore } from '../../../support/syncDrive';

const open: SyncingCore[] = [];
afterEach(() => {
  for (const t of open.splice(0)) t.dispose();
});
function openCore(): SyncingCore {
  const t = openSyncingCore();
  open.push(t);
  return t;
}

describe('sync: the drive vanishes in the middle of a round', () => {
  it('moved away after the third file and back again: offline, nothing lost; back, the outbox drains and the stray temp file is swept', async () => {
    const t = openCore();
    const meetings = await addMeetings(t.core, 6);
    t.chooseDrive();
    expect(await t.core.services.sync.run()).toMatchObject({ pushed: 6, failed: 0 });

    for (const [i, m] of meetings.entries()) await setNotes(t.core, m, `Andet udkast til møde ${i + 1}.`);
    let writes = 0;
    t.useFs(
      faultyFs({
        async writeNewFile(path, bytes) {
          await nodeFs.writeNewFile(path, bytes);
          if (++writes !== 3) return;
          // The drive drops right after a temp file was written, before its rename; the referent
          // goes on editing meanwhile (another field: the same field is the bug further down).
          renameSync(t.drive, t.away);
          await t.core.call('meetings.updateHeader', { meetingId: meetings[0]!.id, patch: { location: 'Skrevet mens drevet forsvandt' } });
        },
      }),
    );
    expect(await t.core.services.sync.run()).toBeNull();
    const status = t.core.services.sync.status();
    expect(status.problem?.kind).toBe('offline');
    expect(status.pending).toBeGreaterThanOrEqual(4); // at most two meetings got through before the third file

    renameSync(t.away, t.drive);
    const back = lookAtDrive(t.drive);
    expect(back.invalid).toEqual([]);
    expect(back.meetings.size).toBe(6);
    expect(back.temps.length).toBeGreaterThanOrEqual(1); // written before the drive went: the next round sweeps them

    t.useFs(workerFs);
    expect(await t.core.services.sync.run()).toMatchObject({ failed: 0, conflicts: 0 });
    expect(t.core.services.sync.status()).toMatchObject({ pending: 0, problem: null, conflicts: 0 });
    const after = lookAtDrive(t.drive);
    expect(after.invalid).toEqual([]);
    expect(after.temps).toEqual([]);
    expect(after.meetings.size).toBe(6);
    expect(after.meetings.get(meetings[0]!.id)?.location).toBe('Skrevet mens drevet forsvandt');
    for (const [i, m] of meetings.entries()) expect(JSON.stringify(after.meetings.get(m.id))).toContain(`Andet udkast til møde ${i + 1}.`);

    const other = await secondInstallation(t.drive);
    expect(other.hashes).toEqual(await hashesOf(t.core));
    other.dispose();
  });

  it('deleted; an empty folder in its place is refused (not-ours, nothing written); the drive restored as it was is used again', async () => {
    const t = openCore();
    const meetings = await addMeetings(t.core, 4);
    t.chooseDrive();
    expect(await t.core.services.sync.run()).toMatchObject({ pushed: 4 });

    for (const [i, m] of meetings.entries()) await setNotes(t.core, m, `Andet udkast til møde ${i + 1}.`);
    const copy = join(t.scratch, 'kopi');
    let writes = 0;
    t.useFs(
      faultyFs({
        async writeNewFile(path, bytes) {
          await nodeFs.writeNewFile(path, bytes);
          if (++writes !== 2) return;
          cpSync(t.drive, copy, { recursive: true }); // what the file server's snapshot holds
          rmSync(t.drive, { recursive: true, force: true });
        },
      }),
    );
    expect(await t.core.services.sync.run()).toBeNull();
    expect(t.core.services.sync.status().problem?.kind).toBe('offline');
    // Writes run in parallel: meetings whose writes were already under way may have got through
    // before the drive went, but not all of them.
    const pending = t.core.services.sync.status().pending;
    expect(pending).toBeGreaterThanOrEqual(1);

    // The share is mounted again, but empty (the wrong share, or not yet synced down).
    mkdirSync(t.drive);
    t.useFs(workerFs);
    expect(await t.core.services.sync.run()).toBeNull();
    expect(t.core.services.sync.status()).toMatchObject({ pending, problem: { kind: 'not-ours' } });
    expect(readdirSync(t.drive)).toEqual([]);

    // The drive is back as it was when it went.
    rmSync(t.drive, { recursive: true });
    cpSync(copy, t.drive, { recursive: true });
    expect(await t.core.services.sync.run()).toMatchObject({ failed: 0 });
    expect(t.core.services.sync.status()).toMatchObject({ pending: 0, problem: null });
    const after = lookAtDrive(t.drive);
    expect(after.invalid).toEqual([]);
    expect(after.temps).toEqual([]);
    for (const [i, m] of meetings.entries()) expect(JSON.stringify(after.meetings.get(m.id))).toContain(`Andet udkast til møde ${i + 1}.`);

    const other = await secondInstallation(t.drive);
    expect(other.hashes).toEqual(await hashesOf(t.core));
    other.dispose();
  });

  // Engine bug (see the report): the rename landed, the read-back and the bookkeeping did not; the
  // next round takes Referent's own file for another's edit and merges it against the old base.
  it('moved away right after a møde.json was renamed into place, the referent types on in the same field: no conflict with itself', async () => {
    const t = openCore();
    const [m] = await addMeetings(t.core, 1);
    t.chooseDrive();
    expect(await t.core.services.sync.run()).toMatchObject({ pushed: 1 });

    await setNotes(t.core, m!, 'Andet udkast.');
    t.useFs(
      faultyFs({
        async rename(from, to) {
          await nodeFs.rename(from, to);
          if (to.endsWith('møde.json')) renameSync(t.drive, t.away); // before the read-back
        },
      }),
    );
    expect(await t.core.services.sync.run()).toBeNull();
    expect(t.core.services.sync.status().problem?.kind).toBe('offline');
    await setNotes(t.core, m!, 'Tredje udkast, skrevet mens drevet var væk.');

    renameSync(t.away, t.drive);
    t.useFs(workerFs);
    expect(JSON.stringify(lookAtDrive(t.drive).meetings.get(m!.id))).toContain('Andet udkast.'); // the rename had landed
    expect(await t.core.services.sync.run()).toMatchObject({ failed: 0, conflicts: 0 });
    expect(t.core.services.sync.status()).toMatchObject({ pending: 0, conflicts: 0 });
    expect(JSON.stringify(lookAtDrive(t.drive).meetings.get(m!.id))).toContain('Tredje udkast, skrevet mens drevet var væk.');
  });

  // Engine bug (see the report): a møde.json older than the version Referent last wrote there
  // (a lower revision than the base) is taken as a hand edit of the drive, and replaces the newer
  // version here.
  it('lost and restored from a backup older than the last round: the edits that had reached the drive are not reverted', async () => {
    const t = openCore();
    const meetings = await addMeetings(t.core, 3);
    t.chooseDrive();
    expect(await t.core.services.sync.run()).toMatchObject({ pushed: 3 });
    const backup = join(t.scratch, 'backup');
    cpSync(t.drive, backup, { recursive: true }); // last night's backup of the share

    await setNotes(t.core, meetings[0]!, 'Andet udkast, nået ud på drevet.');
    expect(await t.core.services.sync.run()).toMatchObject({ pushed: 1, failed: 0 });
    // The share is lost; IT restores last night's backup.
    rmSync(t.drive, { recursive: true });
    cpSync(backup, t.drive, { recursive: true });
    await setNotes(t.core, meetings[1]!, 'Andet udkast, skrevet mens drevet var væk.');

    await t.core.services.sync.run();
    expect(JSON.stringify(await t.core.call('meetings.get', { id: meetings[0]!.id }))).toContain('Andet udkast, nået ud på drevet.');
    expect(t.core.services.sync.status()).toMatchObject({ pending: 0, problem: null, conflicts: 0 });
    const look = lookAtDrive(t.drive);
    expect(JSON.stringify(look.meetings.get(meetings[0]!.id))).toContain('Andet udkast, nået ud på drevet.');
    expect(JSON.stringify(look.meetings.get(meetings[1]!.id))).toContain('Andet udkast, skrevet mens drevet var væk.');
  });

  it('moved away while another installation’s changes are read: offline, own edits kept; back, both sides end equal', async () => {
    const a = openCore();
    const meetings = await addMeetings(a.core, 3);
    a.chooseDrive();
    expect(await a.core.services.sync.run()).toMatchObject({ pushed: 3 });

    // The other installation takes the minutes further.
    const b = await secondInstallation(a.drive);
    for (const [i, m] of meetings.entries()) await setNotes(b.core, m, `Rettet på den anden computer ${i + 1}.`);
    expect(await b.core.services.sync.run()).toMatchObject({ pushed: 3, failed: 0 });

    // Here, a new meeting waits to go out when the drive drops during the reading.
    const forumId = (await a.core.call('meetings.get', { id: meetings[0]!.id })).forumId;
    await a.core.call('meetings.create', { forumId, title: 'Nyt møde', date: '2026-06-01' });
    let reads = 0;
    a.useFs(
      faultyFs({
        async readFile(path) {
          if (path.endsWith('møde.json') && ++reads === 2) renameSync(a.drive, a.away);
          return nodeFs.readFile(path);
        },
      }),
    );
    expect(await a.core.services.sync.run()).toBeNull();
    expect(a.core.services.sync.status()).toMatchObject({ pending: 1, problem: { kind: 'offline' } });

    renameSync(a.away, a.drive);
    a.useFs(workerFs);
    expect(await a.core.services.sync.run()).toMatchObject({ failed: 0, conflicts: 0 });
    expect(a.core.services.sync.status()).toMatchObject({ pending: 0, problem: null, conflicts: 0 });
    expect(await b.core.services.sync.run()).toMatchObject({ failed: 0, conflicts: 0 });
    expect(await hashesOf(b.core)).toEqual(await hashesOf(a.core));
    const look = lookAtDrive(a.drive);
    expect(look.invalid).toEqual([]);
    expect(look.temps).toEqual([]);
    expect(look.meetings.size).toBe(4);
    for (const [i, m] of meetings.entries()) expect(JSON.stringify(look.meetings.get(m.id))).toContain(`Rettet på den anden computer ${i + 1}.`);
    b.dispose();
  });

  // Engine bug (see the report): pullMeeting adopts the meeting (its sha becomes the known one)
  // before fetchAttachments has the bytes, and nothing fetches a missing attachment later.
  it('moved away while another installation’s attachment is read: once back, the attachment still arrives', async () => {
    const a = openCore();
    const [m] = await addMeetings(a.core, 1);
    a.chooseDrive();
    const bytes = Buffer.from('%PDF-1.7\n% et bilag\n'.repeat(50));
    await a.core.call('attachments.add', { meetingId: m!.id, itemId: m!.itemId, title: 'Budget', fileName: 'budget.pdf', dataBase64: bytes.toString('base64') });
    expect(await a.core.services.sync.run()).toMatchObject({ pushed: 1, failed: 0 });

    const b = openCore();
    b.useFs(
      faultyFs({
        async readFile(path) {
          if (path.split('\\').join('/').includes('/bilag/') && existsSync(a.drive)) renameSync(a.drive, a.away);
          return nodeFs.readFile(path);
        },
      }),
    );
    b.core.services.sync.setFolder({ folder: a.drive });
    expect(await b.core.services.sync.run()).toBeNull();
    expect(b.core.services.sync.status().problem?.kind).toBe('offline');

    renameSync(a.away, a.drive);
    b.useFs(workerFs);
    expect(await b.core.services.sync.run()).not.toBeNull();
    const sha = (await b.core.call('meetings.get', { id: m!.id })).items[0]!.attachments[0]!.sha256!;
    expect(existsSync(attachmentPath(b.dataDir, sha))).toBe(true);
  });
});
