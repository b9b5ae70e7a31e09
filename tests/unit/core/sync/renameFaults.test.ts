/**
 * Renames that fail as on Windows, where a virus scanner, the indexer or the OneDrive client
 * holds a file for a moment (EPERM, EBUSY): a real folder, with the failures put in through the
 * folder target's file-system layer.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { nodeFs, workerFs } from '../../../../src-main/core/sync/folderTarget';
import { addMeetings, codeError, faultyFs, lookAtDrive, openSyncingCore, secondInstallation, setNotes, hashesOf, type SyncingCore } from '../../../support/syncDrive';

let t: SyncingCore;
afterEach(() => t?.dispose());

/** After every fault test: each møde.json on the drive parses and validates, and no temp file is left. */
function expectDriveIntact(drive: string, meetings: number) {
  const look = lookAtDrive(drive);
  expect(look.invalid).toEqual([]);
  expect(look.temps).toEqual([]);
  expect(look.meetings.size).toBe(meetings);
  return look;
}

describe('sync: a rename that fails for a while (EPERM/EBUSY, as on Windows)', () => {
  it('EPERM twice, then the rename goes through: the round succeeds and the outbox drains', async () => {
    t = openSyncingCore();
    await addMeetings(t.core, 3);
    t.chooseDrive();
    let failures = 0;
    let renames = 0;
    t.useFs(
      faultyFs({
        async rename(from, to) {
          renames++;
          if (failures < 2) {
            failures++;
            throw codeError('EPERM', `${from} holdes af en anden proces`);
          }
          await nodeFs.rename(from, to);
        },
      }),
    );

    const report = await t.core.services.sync.run();
    expect(report).toMatchObject({ pushed: 3, failed: 0 });
    expect(failures).toBe(2);
    expect(renames).toBe(4 + 2); // the marker and three meeting files, two of them retried
    expect(t.core.services.sync.status()).toMatchObject({ pending: 0, problem: null });
    expectDriveIntact(t.drive, 3);

    const other = await secondInstallation(t.drive);
    expect(other.hashes).toEqual(await hashesOf(t.core));
    other.dispose();
  });

  it('every rename fails twice (EPERM, then EBUSY), also the move of a renamed meeting’s folder: every round succeeds', async () => {
    t = openSyncingCore();
    const [first, second] = await addMeetings(t.core, 3);
    t.chooseDrive();
    const tries = new Map<string, number>();
    t.useFs(
      faultyFs({
        async rename(from, to) {
          const n = (tries.get(from) ?? 0) + 1;
          tries.set(from, n);
          if (n === 1) throw codeError('EPERM', from);
          if (n === 2) throw codeError('EBUSY', from);
          await nodeFs.rename(from, to);
        },
      }),
    );
    expect(await t.core.services.sync.run()).toMatchObject({ pushed: 3, failed: 0 });

    // A new title moves the meeting's folder (a rename of a folder); the other meeting is edited.
    tries.clear();
    await t.core.call('meetings.updateHeader', { meetingId: first!.id, patch: { title: 'Ekstraordinært møde' } });
    await setNotes(t.core, second!, 'Andet udkast.');
    expect(await t.core.services.sync.run()).toMatchObject({ pushed: 2, failed: 0 });
    expect([...tries.values()].every((n) => n === 3)).toBe(true);
    expect(t.core.services.sync.status()).toMatchObject({ pending: 0, problem: null });

    const look = expectDriveIntact(t.drive, 3);
    expect(look.files.filter((f) => f.endsWith('møde.json')).sort()).toEqual([
      'Handicaprådet/2026/2026-01-01 Ekstraordinært møde/møde.json',
      'Handicaprådet/2026/2026-01-02 Møde 2/møde.json',
      'Handicaprådet/2026/2026-01-03 Møde 3/møde.json',
    ]);
    expect(JSON.stringify(look.meetings.get(second!.id))).toContain('Andet udkast.');
  });

  it('EBUSY forever on one meeting file: that meeting fails, the old møde.json stays whole, the rest goes out; without the fault the outbox drains', async () => {
    t = openSyncingCore();
    const meetings = await addMeetings(t.core, 3);
    t.chooseDrive();
    expect(await t.core.services.sync.run()).toMatchObject({ pushed: 3, failed: 0 });
    const before = lookAtDrive(t.drive);
    const stuckPath = [...before.texts.keys()].find((p) => p.includes('Møde 2/'))!;

    for (const [i, m] of meetings.entries()) await setNotes(t.core, m, `Andet udkast til møde ${i + 1}.`);
    let stuckTries = 0;
    t.useFs(
      faultyFs({
        async rename(from, to) {
          if (to.split('\\').join('/').endsWith(stuckPath)) {
            stuckTries++;
            throw codeError('EBUSY', `${to} er låst`);
          }
          await nodeFs.rename(from, to);
        },
      }),
    );
    const report = await t.core.services.sync.run();
    expect(report).toMatchObject({ pushed: 2, failed: 1 });
    expect(stuckTries).toBe(5); // folderTarget's default attempts
    expect(t.core.services.sync.status()).toMatchObject({ pending: 1, problem: null });

    const during = expectDriveIntact(t.drive, 3);
    expect(during.texts.get(stuckPath)).toBe(before.texts.get(stuckPath)); // the old version, whole
    expect(JSON.stringify(during.meetings.get(meetings[0]!.id))).toContain('Andet udkast til møde 1.');
    expect(JSON.stringify(during.meetings.get(meetings[2]!.id))).toContain('Andet udkast til møde 3.');

    // The lock is gone. The failed meeting waits for its retry time, then goes out.
    t.useFs(workerFs);
    await t.core.services.sync.run();
    expect(t.core.services.sync.status().pending).toBe(1);
    t.clock.advance(10 * 60_000);
    expect(await t.core.services.sync.run()).toMatchObject({ pushed: 1, failed: 0 });
    expect(t.core.services.sync.status()).toMatchObject({ pending: 0, problem: null });

    const after = expectDriveIntact(t.drive, 3);
    expect(JSON.stringify(after.meetings.get(meetings[1]!.id))).toContain('Andet udkast til møde 2.');
    const other = await secondInstallation(t.drive);
    expect(other.hashes).toEqual(await hashesOf(t.core));
    other.dispose();
  });

  it('EPERM forever on the move of a renamed meeting’s folder: the meeting waits; later it moves, and the drive has one folder for it', async () => {
    t = openSyncingCore();
    const [first] = await addMeetings(t.core, 2);
    t.chooseDrive();
    expect(await t.core.services.sync.run()).toMatchObject({ pushed: 2, failed: 0 });

    await t.core.call('meetings.updateHeader', { meetingId: first!.id, patch: { title: 'Flyttet møde' } });
    t.useFs(
      faultyFs({
        async rename(from, to) {
          if (!to.endsWith('.json')) throw codeError('EPERM', `${from} er i brug`);
          await nodeFs.rename(from, to);
        },
      }),
    );
    expect(await t.core.services.sync.run()).toMatchObject({ pushed: 0, failed: 1 });
    expect(t.core.services.sync.status()).toMatchObject({ pending: 1, problem: null });
    expectDriveIntact(t.drive, 2);

    t.useFs(workerFs);
    t.clock.advance(10 * 60_000);
    expect(await t.core.services.sync.run()).toMatchObject({ pushed: 1, failed: 0 });
    expect(t.core.services.sync.status()).toMatchObject({ pending: 0, problem: null });
    const look = expectDriveIntact(t.drive, 2);
    expect(look.files.filter((f) => f.includes('2026-01-01'))).toEqual(['Handicaprådet/2026/2026-01-01 Flyttet møde/møde.json']);
    expect(look.meetings.get(first!.id)?.title).toBe('Flyttet møde');
  });
});
