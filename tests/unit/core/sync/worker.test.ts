/**
 * The worker that runs sync in the app: it polls the folder (a change made on another machine is
 * seen without fs.watch, which network drives do not report), and pushes soon after a local edit.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { createCore, type Core } from '../../../../src-main/core/createCore';
import { makeTempDir } from '../../../support/tempDir';

async function until(check: () => boolean | Promise<boolean>, ms = 10_000): Promise<void> {
  const end = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > end) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 25));
  }
}

describe('the sync worker', () => {
  const dirs: ReturnType<typeof makeTempDir>[] = [];
  const cores: Core[] = [];
  afterEach(() => {
    cores.splice(0).forEach((c) => c.close());
    dirs.splice(0).forEach((d) => d.remove());
  });
  const open = (worker: boolean) => {
    const dir = makeTempDir();
    dirs.push(dir);
    const core = createCore({ dataDir: dir.path, backups: false, syncWorker: worker ? { pollMs: 150, afterChangeMs: 50 } : false });
    cores.push(core);
    return core;
  };

  it('picks up what another installation put on the drive, and pushes a local edit by itself', async () => {
    const drive = makeTempDir();
    dirs.push(drive);
    const other = open(false);
    const app = open(true);
    const forum = await other.call('forums.create', { name: 'Handicaprådet' });
    const { id: meetingId } = await other.call('meetings.create', { forumId: forum.id, title: 'Møde', date: '2026-12-15' });
    other.services.sync.setFolder({ folder: drive.path });
    await other.services.sync.run();

    const events: string[] = [];
    app.on('sync.status', (s) => events.push(`${s.running ? 'running' : 'idle'}:${s.pending}`));
    app.services.sync.setFolder({ folder: drive.path });
    await until(async () => (await app.call('meetings.list', {})).length === 1);

    await app.call('meetings.updateHeader', { meetingId, patch: { location: 'Rådhuset' } });
    await until(() => app.services.sync.status().pending === 0 && !app.services.sync.status().running);
    expect(await other.services.sync.run()).toMatchObject({ pulled: 1 });
    expect((await other.call('meetings.get', { id: meetingId })).location).toBe('Rådhuset');
    // The status went out as events while it worked (the window listens to these).
    expect(events).toContain('running:0');
    expect(events.at(-1)).toBe('idle:0');
  });
});
