/**
 * A drive that hangs (an SMB share that stops answering): the round waits without blocking
 * anything, edits go on being saved and queued, the status says the drive is slow and how many
 * changes wait; when the drive answers again the round finishes and the outbox drains.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { createCore, type Core } from '../../../../src-main/core/createCore';
import { createFolderTarget, nodeFs, type FsLayer } from '../../../../src-main/core/sync/folderTarget';
import { makeTempDir } from '../../../support/tempDir';

describe('a slow drive', () => {
  const dirs: ReturnType<typeof makeTempDir>[] = [];
  let core: Core | null = null;
  afterEach(() => {
    core?.close();
    dirs.splice(0).forEach((d) => d.remove());
  });

  it('shows as slow while the round hangs, keeps every edit, and catches up', async () => {
    const [data, drive] = [makeTempDir(), makeTempDir()];
    dirs.push(data, drive);
    let release: () => void = () => undefined;
    let hang = false;
    const slowFs: FsLayer = {
      ...nodeFs,
      async readdir(path) {
        if (hang) await new Promise<void>((r) => (release = r));
        return nodeFs.readdir(path);
      },
    };
    core = createCore({ dataDir: data.path, backups: false, syncSlowAfterMs: 50, syncTargetFor: (f) => createFolderTarget(f, { fs: slowFs }) });
    const forum = await core.call('forums.create', { name: 'Udsatterådet' });
    const { id: meetingId } = await core.call('meetings.create', { forumId: forum.id, title: 'Møde', date: '2026-12-14' });
    core.services.sync.setFolder({ folder: drive.path });
    expect(await core.services.sync.run()).toMatchObject({ pushed: 1 });

    hang = true;
    const round = core.services.sync.run();
    await new Promise((r) => setTimeout(r, 120));
    // The core answers while the drive hangs: an edit is saved and waits for the drive.
    await core.call('meetings.updateHeader', { meetingId, patch: { location: 'Byrådssalen' } });
    const status = core.services.sync.status();
    expect(status.running).toBe(true);
    expect(status.problem?.message).toMatch(/^Drevet svarer langsomt/);
    expect(status.pending).toBe(1);

    hang = false;
    release();
    const [first, second] = [await round, await core.services.sync.run()];
    expect(first!.pushed + second!.pushed).toBe(1);
    expect(second).toMatchObject({ failed: 0 });
    expect(core.services.sync.status()).toMatchObject({ running: false, pending: 0, problem: null });
  });
});
