/**
 * A drive Referent may read but not write: a folder whose rights were taken away (chmod, as IT
 * does on an SMB share), with the app running as an ordinary user (the tests run as root, and
 * root ignores chmod, so the app runs in a child process as uid/gid 65534 through setpriv); and a
 * share mounted read-only (EROFS, put in through the file-system layer).
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import { contentHashOf } from '../../../../src-main/core/services/meetings';
import { workerFs } from '../../../../src-main/core/sync/folderTarget';
import type { SyncProblemKind, SyncReport } from '../../../../src-main/shared/sync/types';
import { addMeetings, bundleSyncChild, codeError, faultyFs, hashesOf, lookAtDrive, openSyncingCore, secondInstallation, startChild, setNotes } from '../../../support/syncDrive';
import { makeTempDir } from '../../../support/tempDir';

const NOBODY = 65534;

/** Why the child cannot run as another user here, or null when it can. */
function whyNotAsNobody(): string | null {
  if (process.platform !== 'linux') return 'the test needs Linux (setpriv)';
  if (process.getuid?.() !== 0) return 'the tests do not run as root, so the child cannot be started as another user';
  const probe = spawnSync('setpriv', [`--reuid=${NOBODY}`, `--regid=${NOBODY}`, '--clear-groups', process.execPath, '-e', `require('fs').accessSync(${JSON.stringify(join(process.cwd(), 'node_modules', 'better-sqlite3', 'package.json'))})`]);
  if (probe.error) return `setpriv is not available (${probe.error.message})`;
  if (probe.status !== 0) return `a process as uid ${NOBODY} cannot run node or read node_modules: ${probe.stderr.toString().trim()}`;
  return null;
}

const skipReason = whyNotAsNobody();
if (skipReason) console.warn(`[readOnlyDrive.test] the chmod test is skipped: ${skipReason}`);

interface Outcome {
  report: SyncReport | null;
  pending: number;
  problem: { kind: SyncProblemKind; message: string } | null;
  hashes: Record<string, string>;
}

/** Every folder of the drive, the root first. */
function foldersOf(root: string): string[] {
  const below = readdirSync(root, { recursive: true, withFileTypes: true }).filter((d) => d.isDirectory());
  return [root, ...below.map((d) => join(d.parentPath, d.name))];
}

/** Every file's bytes, by path: "the files are intact" is this, unchanged. */
const bytesOf = (root: string) => new Map(lookAtDrive(root).files.map((f) => [f, readFileSync(join(root, f)).toString('base64')]));

describe('sync: a read-only drive', () => {
  const dir = makeTempDir('referent-readonly-');
  let bundle = '';
  beforeAll(async () => {
    if (!skipReason) bundle = await bundleSyncChild('readonly');
  });
  afterAll(() => {
    // Writable again, so the temp folder can go whatever happened.
    for (const d of foldersOf(dir.path)) chmodSync(d, 0o777);
    dir.remove();
  });

  it.skipIf(skipReason !== null)(`chmod 0555 with the app as uid ${NOBODY}: read-only, nothing written, the edits wait; writable again, the outbox drains`, async () => {
    chmodSync(dir.path, 0o755);
    const dataDir = join(dir.path, 'data');
    const drive = join(dir.path, 'Fælles drev');
    for (const d of [dataDir, drive]) {
      mkdirSync(d);
      chmodSync(d, 0o777);
    }
    // One child as the ordinary user for the whole story; the test changes the rights between its steps.
    const app = startChild('setpriv', [`--reuid=${NOBODY}`, `--regid=${NOBODY}`, '--clear-groups', process.execPath, bundle, JSON.stringify({ mode: 'serve' })]);
    onTestFinished(app.stop);
    const asNobody = <T>(step: object) => app.ask<T>({ dataDir, ...step });

    const first = await asNobody<Outcome & { meetingId: string; itemId: string }>({ mode: 'setup', drive, text: 'Første udkast.' });
    expect(first).toMatchObject({ report: { pushed: 1, failed: 0 }, pending: 0, problem: null });
    expect(statSync(join(dataDir, 'referent.sqlite')).uid).toBe(NOBODY); // the app really is an ordinary user
    const before = bytesOf(drive);
    expect(lookAtDrive(drive).meetings.size).toBe(1);

    // IT takes the write rights away.
    for (const d of foldersOf(drive)) chmodSync(d, 0o555);
    const denied = await asNobody<Outcome>({ mode: 'edit', meetingId: first.meetingId, itemId: first.itemId, text: 'Rettet, mens drevet var skrivebeskyttet.' });
    expect(denied.report).toBeNull();
    expect(denied.problem?.kind).toBe('read-only');
    expect(denied.pending).toBe(2); // the edited meeting and the new one
    expect(bytesOf(drive)).toEqual(before);
    expect(lookAtDrive(drive)).toMatchObject({ invalid: [], temps: [] });

    // The rights come back.
    for (const d of foldersOf(drive)) chmodSync(d, 0o777);
    const after = await asNobody<Outcome>({ mode: 'sync' });
    expect(after).toMatchObject({ report: { pushed: 2, failed: 0 }, pending: 0, problem: null });
    const look = lookAtDrive(drive);
    expect(look.invalid).toEqual([]);
    expect(look.temps).toEqual([]);
    expect(JSON.stringify(look.meetings.get(first.meetingId))).toContain('Rettet, mens drevet var skrivebeskyttet.');
    expect(Object.fromEntries([...look.meetings].map(([id, f]) => [id, contentHashOf(f)]))).toEqual(after.hashes);

    app.child.stdin!.end();
    expect(await app.exited).toMatchObject({ code: 0, stderr: '' });

    const other = await secondInstallation(drive);
    expect(Object.fromEntries(other.hashes)).toEqual(after.hashes);
    other.dispose();
  });

  it('a share mounted read-only (EROFS on every write): read-only, nothing written, the edits wait; writable again, the outbox drains', async () => {
    const t = openSyncingCore();
    try {
      const meetings = await addMeetings(t.core, 2);
      t.chooseDrive();
      expect(await t.core.services.sync.run()).toMatchObject({ pushed: 2 });
      const before = bytesOf(t.drive);

      for (const m of meetings) await setNotes(t.core, m, 'Rettet på et skrivebeskyttet drev.');
      const refuse = async () => {
        throw codeError('EROFS', 'skrivebeskyttet filsystem');
      };
      t.useFs(faultyFs({ writeNewFile: refuse, rename: refuse, unlink: refuse, mkdir: refuse }));
      expect(await t.core.services.sync.run()).toBeNull();
      expect(t.core.services.sync.status()).toMatchObject({ pending: 2, problem: { kind: 'read-only' } });
      expect(bytesOf(t.drive)).toEqual(before);

      t.useFs(workerFs);
      expect(await t.core.services.sync.run()).toMatchObject({ pushed: 2, failed: 0 });
      expect(t.core.services.sync.status()).toMatchObject({ pending: 0, problem: null });
      const look = lookAtDrive(t.drive);
      expect(look).toMatchObject({ invalid: [], temps: [] });
      for (const m of meetings) expect(JSON.stringify(look.meetings.get(m.id))).toContain('Rettet på et skrivebeskyttet drev.');
      expect(new Map([...look.meetings].map(([id, f]) => [id, contentHashOf(f)]))).toEqual(await hashesOf(t.core));
    } finally {
      t.dispose();
    }
  });
});
