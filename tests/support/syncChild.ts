/**
 * Child process of the sync fault tests, for what cannot happen inside the test's own process:
 * running as another user (a read-only drive: root ignores chmod), inside a user namespace with
 * a small tmpfs (a full drive), or being killed with SIGKILL in the middle of a round. One JSON
 * argument says what to do; the last stdout line is `RESULT <json>`. Progress lines are written
 * synchronously, so once the parent has read one, it happened.
 */
import { closeSync, cpSync, fsyncSync, openSync, statfsSync, unlinkSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { createCore, type Core } from '../../src-main/core/createCore';
import { MEETING_FILE } from '../../src-main/core/sync/driveLayout';
import { createFolderTarget, nodeFs, type FsLayer } from '../../src-main/core/sync/folderTarget';

type Step =
  /** A meeting, the folder chosen, one round. */
  | { mode: 'setup'; dataDir: string; drive: string; text: string }
  /** An edit and a new meeting, then a round. */
  | { mode: 'edit'; dataDir: string; meetingId: string; itemId: string; text: string }
  /** One round on what is there. */
  | { mode: 'sync'; dataDir: string };

type Command =
  | Step
  /** Steps read from stdin, one JSON a line, each answered with a `RESULT` line (one process for a whole story). */
  | { mode: 'serve' }
  /** The whole full-disk story inside the namespace (the tmpfs ends with it); snapshots go to `out`. */
  | { mode: 'full-disk'; dataDir: string; drive: string; out: string }
  /**
   * Chooses the folder and runs the first round, printing `w <n>` once the n-th file begun is written, and
   * `r <n> <path>` after each rename onto a `møde.json`. `stallAt`: the n-th file is written half
   * and the child waits to be killed; `hangAfterRename`: after the n-th rename onto a `møde.json`
   * it waits to be killed.
   */
  | { mode: 'kill-target'; dataDir: string; drive: string; stallAt?: number; hangAfterRename?: number };

const command = JSON.parse(process.argv[2]!) as Command;
const say = (line: string) => writeSync(1, `${line}\n`);
const result = (value: unknown) => say(`RESULT ${JSON.stringify(value)}`);
const paragraph = (text: string) => ({ type: 'doc' as const, content: [{ type: 'paragraph' as const, content: [{ type: 'text' as const, text }] }] });
const forever = () => new Promise<never>(() => setInterval(() => undefined, 60_000));

async function hashes(core: Core): Promise<Record<string, string>> {
  return Object.fromEntries((await core.call('meetings.list', {})).map((m) => [m.id, core.services.meetings.contentHash(m.id)]));
}

async function outcome(core: Core, report: unknown) {
  const { pending, problem } = core.services.sync.status();
  return { report, pending, problem, hashes: await hashes(core) };
}

async function step(s: Step): Promise<unknown> {
  const core = createCore({ dataDir: s.dataDir, backups: false });
  try {
    switch (s.mode) {
      case 'setup': {
        const forum = await core.call('forums.create', { name: 'Handicaprådet' });
        const meeting = await core.call('meetings.create', { forumId: forum.id, title: 'Møde', date: '2026-03-01' });
        const { itemId } = await core.call('items.add', { meetingId: meeting.id, title: 'Referat' });
        await core.call('items.updateField', { meetingId: meeting.id, itemId, patch: { field: 'notes', value: paragraph(s.text) } });
        core.services.sync.setFolder({ folder: s.drive });
        const report = await core.services.sync.run();
        return { ...(await outcome(core, report)), meetingId: meeting.id, itemId };
      }
      case 'edit': {
        await core.call('items.updateField', { meetingId: s.meetingId, itemId: s.itemId, patch: { field: 'notes', value: paragraph(s.text) } });
        const { forumId } = await core.call('meetings.get', { id: s.meetingId });
        await core.call('meetings.create', { forumId, title: 'Nyt møde', date: '2026-04-01' });
        return await outcome(core, await core.services.sync.run());
      }
      case 'sync':
        return await outcome(core, await core.services.sync.run());
    }
  } finally {
    core.close();
  }
}

async function serve(): Promise<void> {
  const lines = createInterface({ input: process.stdin });
  for await (const line of lines) {
    if (line.trim()) result(await step(JSON.parse(line) as Step));
  }
}

async function main(): Promise<void> {
  switch (command.mode) {
    case 'serve':
      return serve();
    case 'full-disk':
      return fullDisk(command);
    case 'kill-target':
      return killTarget(command);
    default:
      result(await step(command));
  }
}

async function fullDisk({ dataDir, drive, out }: { dataDir: string; drive: string; out: string }): Promise<void> {
  const core = createCore({ dataDir, backups: false });
  const forum = await core.call('forums.create', { name: 'Handicaprådet' });
  const meetings: { id: string; itemId: string }[] = [];
  for (let i = 1; i <= 3; i++) {
    const m = await core.call('meetings.create', { forumId: forum.id, title: `Møde ${i}`, date: `2026-0${i}-01` });
    const { itemId } = await core.call('items.add', { meetingId: m.id, title: 'Referat' });
    await core.call('items.updateField', { meetingId: m.id, itemId, patch: { field: 'notes', value: paragraph(`Første udkast til møde ${i}.`) } });
    meetings.push({ id: m.id, itemId });
  }
  core.services.sync.setFolder({ folder: drive });
  const first = await outcome(core, await core.services.sync.run());

  // The drive fills up (someone else's file): two pages left.
  const filler = join(drive, 'fyld.bin');
  const { bavail, bsize } = statfsSync(drive);
  writeFileSync(filler, Buffer.alloc(Math.max(0, bavail - 2) * bsize, 1));
  const freeBefore = statfsSync(drive).bavail;

  // Edits that need more room than is left: longer minutes, and a new meeting with an attachment.
  const long = (i: number) => `Endeligt referat af møde ${i}. ${'Rådet drøftede sagen grundigt og besluttede at gå videre. '.repeat(120)}`;
  for (const [i, m] of meetings.entries()) {
    await core.call('items.updateField', { meetingId: m.id, itemId: m.itemId, patch: { field: 'notes', value: paragraph(long(i + 1)) } });
  }
  const extra = await core.call('meetings.create', { forumId: forum.id, title: 'Ekstra møde', date: '2026-05-01' });
  const { itemId: extraItem } = await core.call('items.add', { meetingId: extra.id, title: 'Bilag' });
  await core.call('attachments.add', {
    meetingId: extra.id,
    itemId: extraItem,
    title: 'Budget',
    fileName: 'budget.pdf',
    dataBase64: Buffer.alloc(40_000, 7).toString('base64'),
  });
  const full = await outcome(core, await core.services.sync.run());
  const snapshot = (name: string) => cpSync(drive, join(out, name), { recursive: true, filter: (src) => src !== filler });
  snapshot('full');

  // Space is freed: the next round writes everything that waited.
  unlinkSync(filler);
  const after = await outcome(core, await core.services.sync.run());
  snapshot('after');
  result({ first, full, after, freeBefore, meetings: meetings.map((m) => m.id), extra: extra.id, marks: meetings.map((_, i) => `Endeligt referat af møde ${i + 1}.`) });
  core.close();
}

async function killTarget({ dataDir, drive, stallAt, hangAfterRename }: { dataDir: string; drive: string; stallAt?: number; hangAfterRename?: number }): Promise<void> {
  let written = 0;
  let renamed = 0;
  const fs: FsLayer = {
    ...nodeFs,
    async writeNewFile(path, bytes) {
      const n = ++written; // taken before the write: several files are written at a time
      if (n === stallAt) {
        const fd = openSync(path, 'wx', 0o644);
        writeSync(fd, bytes, 0, Math.floor(bytes.length / 2));
        fsyncSync(fd);
        closeSync(fd);
        say(`stalled ${path}`);
        return forever();
      }
      await nodeFs.writeNewFile(path, bytes);
      say(`w ${n}`);
    },
    async rename(from, to) {
      await nodeFs.rename(from, to);
      if (!to.endsWith(MEETING_FILE)) return;
      say(`r ${++renamed} ${to}`);
      if (renamed === hangAfterRename) return forever();
    },
  };
  const core = createCore({ dataDir, backups: false, syncTargetFor: (folder) => createFolderTarget(folder, { fs }) });
  core.services.sync.setFolder({ folder: drive });
  say('started');
  const report = await core.services.sync.run();
  result(await outcome(core, report));
  core.close();
}

main().catch((e: unknown) => {
  process.stderr.write(`${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  process.exit(1);
});
