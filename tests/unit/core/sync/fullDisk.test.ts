/**
 * The drive fills up: a 300 KB tmpfs, mounted inside a user namespace (`unshare -Urm`), where a
 * child process syncs three meetings, then finds the drive nearly full (someone's big file),
 * tries to write longer minutes and a meeting with an attachment, and after the big file is gone
 * runs again. The tmpfs ends with the namespace, so the child copies the drive out after each
 * round and the test looks at the copies.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentHashOf } from '../../../../src-main/core/services/meetings';
import { sha256Hex } from '../../../../src-main/core/sync/scanDrive';
import type { MeetingFile } from '../../../../src-main/shared/meetingFile/types';
import type { SyncProblemKind, SyncReport } from '../../../../src-main/shared/sync/types';
import { bundleSyncChild, lookAtDrive, runChild, secondInstallation, type DriveLook } from '../../../support/syncDrive';
import { makeTempDir } from '../../../support/tempDir';

/** Why a tmpfs cannot be mounted in a user namespace here, or null when it can. */
function whyNoNamespace(): string | null {
  if (process.platform !== 'linux') return 'the test needs Linux (unshare, tmpfs)';
  const probe = makeTempDir('referent-unshare-');
  try {
    const r = spawnSync('unshare', ['-Urm', 'sh', '-c', 'mount -t tmpfs -o size=64k tmpfs "$0"', probe.path]);
    if (r.error) return `unshare is not available (${r.error.message})`;
    if (r.status !== 0) return `user namespaces are off or tmpfs cannot be mounted in one: ${r.stderr.toString().trim()}`;
    return null;
  } finally {
    probe.remove();
  }
}

const skipReason = whyNoNamespace();
if (skipReason) console.warn(`[fullDisk.test] skipped: ${skipReason}`);

interface Outcome {
  report: SyncReport | null;
  pending: number;
  problem: { kind: SyncProblemKind; message: string } | null;
  hashes: Record<string, string>;
}
interface FullDiskResult {
  first: Outcome;
  full: Outcome;
  after: Outcome;
  freeBefore: number;
  meetings: string[];
  extra: string;
  /** The start of each meeting's new minutes. */
  marks: string[];
}

/** Each attachment a meeting file names is on the drive, whole (the meeting file is written last). */
function expectAttachmentsWhole(root: string, look: DriveLook) {
  for (const [path] of look.texts) {
    const dir = path.split('/').slice(0, -1).join('/');
    const file = [...look.meetings.values()].find((m) => look.texts.get(path)!.includes(m.id)) as MeetingFile;
    for (const item of file.items ?? []) {
      for (const a of item.attachments ?? []) {
        if (!a.file) continue;
        expect(sha256Hex(readFileSync(join(root, dir, a.file)))).toBe(a.sha256);
      }
    }
  }
}

describe('sync: the drive fills up (a 300 KB tmpfs in a user namespace)', () => {
  const dir = makeTempDir('referent-full-');
  let bundle = '';
  beforeAll(async () => {
    if (!skipReason) bundle = await bundleSyncChild('fulldisk');
  });
  afterAll(() => dir.remove());

  it.skipIf(skipReason !== null)('full: the round stops with «full», no half file under a final name, no temp file; space freed, the outbox drains and nothing is lost', async () => {
    const dataDir = join(dir.path, 'data');
    const drive = join(dir.path, 'Fælles drev');
    const out = join(dir.path, 'kopier');
    mkdirSync(drive);
    const result = await runChild<FullDiskResult>('unshare', [
      '-Urm',
      'sh',
      '-c',
      'mount -t tmpfs -o size=300k tmpfs "$1" && exec "$0" "$2" "$3"',
      process.execPath,
      drive,
      bundle,
      JSON.stringify({ mode: 'full-disk', dataDir, drive, out }),
    ]);
    rmdirSync(drive); // the mount point; the tmpfs ended with the namespace

    expect(result.first).toMatchObject({ report: { pushed: 3, failed: 0 }, pending: 0, problem: null });

    expect(result.freeBefore).toBeLessThanOrEqual(2); // pages left once the big file was there

    // Full: the round stops, the changes wait; the drive has whole meeting files (old or new), no temp files.
    expect(result.full.report).toBeNull();
    expect(result.full.problem?.kind).toBe('full');
    expect(result.full.pending).toBeGreaterThan(0);
    const full = lookAtDrive(join(out, 'full'));
    expect(full.invalid).toEqual([]);
    expect(full.temps).toEqual([]);
    expect(full.meetings.size).toBeGreaterThanOrEqual(3);
    expectAttachmentsWhole(join(out, 'full'), full);
    // Each meeting file is the version before or the version after, whole.
    for (const [id, file] of full.meetings) expect([result.first.hashes[id], result.after.hashes[id]]).toContain(contentHashOf(file));

    // Space freed: everything goes out.
    expect(result.after).toMatchObject({ report: { failed: 0 }, pending: 0, problem: null });
    const after = lookAtDrive(join(out, 'after'));
    expect(after.invalid).toEqual([]);
    expect(after.temps).toEqual([]);
    expect(after.meetings.size).toBe(4);
    expectAttachmentsWhole(join(out, 'after'), after);
    for (const [i, id] of result.meetings.entries()) expect(JSON.stringify(after.meetings.get(id))).toContain(result.marks[i]);
    expect(after.files.some((f) => f.endsWith('/bilag/budget.pdf'))).toBe(true);
    expect(Object.fromEntries([...after.meetings].map(([id, f]) => [id, contentHashOf(f)]))).toEqual(result.after.hashes);

    const other = await secondInstallation(join(out, 'after'));
    expect(Object.fromEntries(other.hashes)).toEqual(result.after.hashes);
    other.dispose();
  });
});
