/**
 * The app is killed (SIGKILL: a crash, a power cut of the process, Task Manager) in the middle of
 * its first round onto a real folder: 200 draft meetings, the child killed after a random number
 * of files, or while a temp file is half written, or right after a `møde.json` was renamed into
 * place and before the round noted it. Whatever the moment: every `møde.json` on the drive is
 * whole, and the next start's round sweeps the temp files and drains the outbox.
 */
import { cpSync, mkdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import { createCore } from '../../../../src-main/core/createCore';
import { contentHashOf } from '../../../../src-main/core/services/meetings';
import { addMeetings, bundleSyncChild, hashesOf, lookAtDrive, secondInstallation, setNotes, startChild, type TestMeeting } from '../../../support/syncDrive';
import { makeTempDir } from '../../../support/tempDir';

/** The random kills hit a round of 200 meetings; the kills at a chosen moment need fewer. */
const MEETINGS = 200;
const FEW = 30;
const dir = makeTempDir('referent-killed-');
let bundle = '';
const templates = new Map<number, { dataDir: string; meetings: TestMeeting[] }>();

beforeAll(async () => {
  bundle = await bundleSyncChild('killed');
  // A data folder per size, copied for each run.
  for (const n of [MEETINGS, FEW]) {
    const dataDir = join(dir.path, `skabelon-${n}`);
    const core = createCore({ dataDir, backups: false });
    const meetings = await addMeetings(core, n, (i) => `Referat af møde ${i}: ${'Rådet drøftede sagen og besluttede at gå videre med forslaget. '.repeat(8)}`);
    core.close();
    templates.set(n, { dataDir, meetings });
  }
}, 60_000);
afterAll(() => dir.remove());

let runs = 0;
function freshRun(n: number): { dataDir: string; drive: string; meetings: TestMeeting[] } {
  const base = join(dir.path, `run-${++runs}`);
  const dataDir = join(base, 'data');
  const drive = join(base, 'Fælles drev');
  cpSync(templates.get(n)!.dataDir, dataDir, { recursive: true });
  mkdirSync(drive);
  return { dataDir, drive, meetings: templates.get(n)!.meetings };
}

/** Starts the child's first round and kills it when `when` matches a line it printed. */
async function killDuringFirstRound(dataDir: string, drive: string, when: (line: string) => boolean, options: { stallAt?: number; hangAfterRename?: number } = {}) {
  const run = startChild(process.execPath, [bundle, JSON.stringify({ mode: 'kill-target', dataDir, drive, ...options })]);
  onTestFinished(run.stop);
  await run.waitForLine((l) => l === 'started');
  const line = await run.waitForLine(when);
  run.child.kill('SIGKILL');
  const end = await run.exited;
  expect(end.signal).toBe('SIGKILL');
  expect(end.stderr).toBe('');
  expect(end.lines.some((l) => l.startsWith('RESULT'))).toBe(false); // killed before the round ended
  return line;
}

/**
 * After the kill: every møde.json whole. Then the next start's round drains the outbox, leaves no
 * temp file, and the drive holds every meeting as it is here (read from the files; with
 * `secondInstallation`, also as another installation syncing the folder gets them).
 */
async function recoverAndCheck(dataDir: string, drive: string, meetings: number, { secondInstallation: viaSecond = false } = {}) {
  const killed = lookAtDrive(drive);
  expect(killed.invalid).toEqual([]);
  expect(killed.meetings.size).toBeLessThan(meetings);

  const core = createCore({ dataDir, backups: false });
  try {
    expect(core.services.sync.status().pending).toBeGreaterThan(0);
    expect(await core.services.sync.run()).toMatchObject({ failed: 0, conflicts: 0 });
    expect(core.services.sync.status()).toMatchObject({ pending: 0, problem: null, conflicts: 0 });
    const after = lookAtDrive(drive);
    expect(after.invalid).toEqual([]);
    expect(after.temps).toEqual([]);
    const here = await hashesOf(core);
    expect(here.size).toBe(meetings);
    expect(new Map([...after.meetings].map(([id, file]) => [id, contentHashOf(file)]))).toEqual(here);

    if (viaSecond) {
      const other = await secondInstallation(drive);
      expect(other.hashes).toEqual(here);
      other.dispose();
    }
  } finally {
    core.close();
  }
  return killed;
}

describe('sync: killed mid-write (SIGKILL during the first round)', { timeout: 60_000 }, () => {
  for (let run = 1; run <= 2; run++) {
    it(`run ${run}: ${MEETINGS} meetings, killed after a random number of files`, async () => {
      const { dataDir, drive } = freshRun(MEETINGS);
      // At most 120 of 201 files: the child must still be writing when the kill lands.
      const after = 1 + Math.floor(Math.random() * 120);
      await killDuringFirstRound(dataDir, drive, (l) => l === `w ${after}`);
      await recoverAndCheck(dataDir, drive, MEETINGS, { secondInstallation: run === 1 });
    });
  }

  it('killed while a temp file is half written: the drive shows only whole meeting files; the next round sweeps the temp file', async () => {
    const { dataDir, drive } = freshRun(FEW);
    // Not too late: meetings are written several at a time, and the others must not all be done.
    const stallAt = 2 + Math.floor(Math.random() * (FEW - 12));
    const line = await killDuringFirstRound(dataDir, drive, (l) => l.startsWith('stalled '), { stallAt });
    const temp = line.slice('stalled '.length);
    expect(statSync(temp).size).toBeGreaterThan(0); // half written
    const killed = await recoverAndCheck(dataDir, drive, FEW, { secondInstallation: true });
    expect(killed.temps.map((p) => join(drive, ...p.split('/')))).toContain(temp);
  });

  it('killed right after a møde.json was renamed into place, before the round noted it: the next start drains the outbox', async () => {
    const { dataDir, drive } = freshRun(FEW);
    const hangAfterRename = 1 + Math.floor(Math.random() * (FEW - 10));
    await killDuringFirstRound(dataDir, drive, (l) => l.startsWith(`r ${hangAfterRename} `), { hangAfterRename });
    const killed = await recoverAndCheck(dataDir, drive, FEW);
    expect(killed.meetings.size).toBeGreaterThanOrEqual(hangAfterRename);
  });

  // Engine bug (see the report): the rename landed, the bookkeeping did not; an edit typed after
  // the restart then meets its own earlier version on the drive as "changed on both sides".
  it('killed right after a møde.json was renamed into place, then the referent types on in that meeting: no conflict with itself', async () => {
    const { dataDir, drive, meetings } = freshRun(FEW);
    const line = await killDuringFirstRound(dataDir, drive, (l) => l.startsWith('r 1 '), { hangAfterRename: 1 });
    const renamedPath = line.split(' ').slice(2).join(' ');
    const core = createCore({ dataDir, backups: false });
    try {
      const onDrive = lookAtDrive(drive).texts;
      const caught = meetings.find((m) => [...onDrive.entries()].some(([p, text]) => renamedPath.endsWith(p) && text.includes(m.id)))!;
      await setNotes(core, caught, 'Rettet efter genstarten.');
      expect(await core.services.sync.run()).toMatchObject({ failed: 0, conflicts: 0 });
      expect(core.services.sync.status()).toMatchObject({ pending: 0, conflicts: 0 });
      expect(JSON.stringify(lookAtDrive(drive).meetings.get(caught.id))).toContain('Rettet efter genstarten.');
    } finally {
      core.close();
    }
  });
});
