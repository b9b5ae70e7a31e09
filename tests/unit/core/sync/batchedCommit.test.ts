/**
 * A crash at each new point of the batched bookkeeping (groupCommit, planAhead): the data folder
 * and the drive are copied at that instant, from inside the folder target's file-system layer,
 * while no transaction is open (JavaScript runs one thing at a time and SQLite's are
 * synchronous), so the copies hold exactly what a process killed there would leave: the committed
 * transactions (in the WAL) and the files on the drive. A new core is then started on the copies.
 *
 * - journaled, nothing written yet: a batch of meetings has its temp files and `pushing_sha`
 *   committed, the first file is about to be created;
 * - written, bookkeeping not committed: møde.json files renamed into place whose new base and
 *   outbox row wait for a later commit (the meeting just renamed, and those before it within
 *   LATER_MS), and the referent then types on in such a meeting.
 *
 * After each: every møde.json on the drive parses, no temp file is left, the outbox drains, the
 * drive holds every meeting as it is here, and no meeting is in conflict with itself.
 */
import BetterSqlite3 from 'better-sqlite3';
import { cpSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createCore, type Core } from '../../../../src-main/core/createCore';
import { contentHashOf } from '../../../../src-main/core/services/meetings';
import { MEETING_FILE } from '../../../../src-main/core/sync/driveLayout';
import { createFolderTarget, nodeFs, type FsLayer } from '../../../../src-main/core/sync/folderTarget';
import { sha256Hex } from '../../../../src-main/core/sync/scanDrive';
import { addMeetings, hashesOf, lookAtDrive, setNotes, type TestMeeting } from '../../../support/syncDrive';
import { makeTempDir } from '../../../support/tempDir';

const MEETINGS = 60; // more than two batches of planned pushes

const open: Array<{ close(): void }> = [];
const dirs: ReturnType<typeof makeTempDir>[] = [];
afterEach(() => {
  open.splice(0).forEach((c) => c.close());
  dirs.splice(0).forEach((d) => d.remove());
});

interface Setup {
  base: string;
  dataDir: string;
  drive: string;
  meetings: TestMeeting[];
}

/** A core with MEETINGS meetings (one with an attachment) whose first round runs through `fs`. */
async function firstRoundThrough(fs: (s: Setup) => FsLayer): Promise<Setup> {
  const dir = makeTempDir('referent-batched-');
  dirs.push(dir);
  const s: Setup = { base: dir.path, dataDir: join(dir.path, 'data'), drive: join(dir.path, 'Fælles drev'), meetings: [] };
  mkdirSync(s.drive);
  const layer = fs(s);
  const core = createCore({ dataDir: s.dataDir, backups: false, syncTargetFor: (folder) => createFolderTarget(folder, { fs: layer }) });
  try {
    s.meetings = await addMeetings(core, MEETINGS);
    const m = s.meetings[3]!;
    await core.call('attachments.add', { meetingId: m.id, itemId: m.itemId, title: 'Budget', fileName: 'budget.pdf', dataBase64: Buffer.from('%PDF-1.7\n% bilag\n').toString('base64') });
    core.services.sync.setFolder({ folder: s.drive });
    expect(await core.services.sync.run()).toMatchObject({ pushed: MEETINGS, failed: 0 });
  } finally {
    core.close();
  }
  return s;
}

/** What a process killed now would leave: the database files (the WAL holds the commits) and the drive. */
function crashCopy(s: Setup): string {
  const at = join(s.base, 'nedbrud');
  cpSync(s.dataDir, join(at, 'data'), { recursive: true, filter: (src) => !src.endsWith('-shm') });
  cpSync(s.drive, join(at, 'drive'), { recursive: true });
  return at;
}

/** The next start, on what the crash left: the drive put back as it was then, a core on the data folder as it was. */
function restart(s: Setup, at: string): Core {
  rmSync(s.drive, { recursive: true, force: true });
  cpSync(join(at, 'drive'), s.drive, { recursive: true });
  const core = createCore({ dataDir: join(at, 'data'), backups: false });
  open.push(core);
  return core;
}

async function expectRecovered(core: Core, drive: string) {
  expect(await core.services.sync.run()).toMatchObject({ failed: 0, conflicts: 0 });
  expect(core.services.sync.status()).toMatchObject({ pending: 0, problem: null, conflicts: 0 });
  const look = lookAtDrive(drive);
  expect(look.invalid).toEqual([]);
  expect(look.temps).toEqual([]);
  const here = await hashesOf(core);
  expect(here.size).toBe(MEETINGS);
  expect(new Map([...look.meetings].map(([id, f]) => [id, contentHashOf(f)]))).toEqual(here);
}

const query = <T>(dataDir: string, sql: string) => {
  const db = new BetterSqlite3(join(dataDir, 'referent.sqlite'), { readonly: true });
  try {
    return db.prepare(sql).all() as T[];
  } finally {
    db.close();
  }
};

describe('sync: a crash at each point of the batched bookkeeping', () => {
  it('journaled, nothing written: a batch has its temp files and pushing_sha committed before its first file is created', async () => {
    let at = '';
    const s = await firstRoundThrough((setup) => ({
      ...nodeFs,
      async writeNewFile(path, bytes) {
        if (!at && !path.includes('.referent/') && !path.includes('.referent\\')) at = crashCopy(setup);
        return nodeFs.writeNewFile(path, bytes);
      },
    }));
    const data = join(at, 'data');
    // The copy: a whole batch journaled at once, nothing of it on the drive.
    expect(query<{ path: string }>(data, 'SELECT path FROM sync_temp').length).toBeGreaterThan(12);
    expect(query<{ n: number }>(data, 'SELECT count(*) AS n FROM sync_meetings WHERE pushing_sha IS NOT NULL')[0]!.n).toBeGreaterThan(12);
    expect(lookAtDrive(join(at, 'drive')).files.filter((f) => f.endsWith(MEETING_FILE))).toEqual([]);

    await expectRecovered(restart(s, at), s.drive);
  });

  for (const nth of [1, 17, 30]) {
    it(`written, bookkeeping not committed (killed right after the ${nth}. møde.json was renamed into place); the referent then types on in that meeting`, async () => {
      let renamed = 0;
      let at = '';
      let caught = '';
      const s = await firstRoundThrough((setup) => ({
        ...nodeFs,
        async rename(from, to) {
          await nodeFs.rename(from, to);
          if (to.endsWith(MEETING_FILE) && ++renamed === nth) {
            caught = to;
            at = crashCopy(setup);
          }
        },
      }));
      const data = join(at, 'data');
      const drive = lookAtDrive(join(at, 'drive'));
      const text = [...drive.texts].find(([p]) => caught.split('\\').join('/').endsWith(p))![1];
      const id = JSON.parse(text).id as string;
      // On the drive, still in the outbox, known only by the pushing_sha committed before the rename.
      expect(query<{ meeting_id: string }>(data, 'SELECT meeting_id FROM sync_outbox').map((r) => r.meeting_id)).toContain(id);
      expect(query<{ pushing_sha: string; base_text: string | null }>(data, `SELECT pushing_sha, base_text FROM sync_meetings WHERE meeting_id = '${id}'`)[0]).toEqual({
        pushing_sha: sha256Hex(text),
        base_text: null,
      });

      const core = restart(s, at);
      await setNotes(core, s.meetings.find((m) => m.id === id)!, 'Rettet efter nedbruddet.');
      await expectRecovered(core, s.drive);
      expect(JSON.stringify(lookAtDrive(s.drive).meetings.get(id))).toContain('Rettet efter nedbruddet.');
    });
  }
});
