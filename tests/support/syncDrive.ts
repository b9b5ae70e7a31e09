/**
 * Helpers of the sync fault tests: a file-system layer with faults put in by the test, a look at
 * every file on a drive folder (each `møde.json` parsed and validated), a second installation
 * that reads the drive, and the bundled child process for tests that kill it or run it as
 * another user or inside a user namespace.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { createCore, type Core } from '../../src-main/core/createCore';
import { createFolderTarget, nodeFs, workerFs, type FsLayer } from '../../src-main/core/sync/folderTarget';
import { MEETING_FILE, TEMP_PREFIX } from '../../src-main/core/sync/driveLayout';
import { parseMeetingFile } from '../../src-main/shared/meetingFile/validate';
import type { MeetingFile } from '../../src-main/shared/meetingFile/types';
import { makeTempDir } from './tempDir';

/** An error as node:fs throws it. */
export const codeError = (code: string, what = 'fejl lagt ind af testen') => Object.assign(new Error(`${code}: ${what}`), { code });

/** nodeFs with some calls replaced; each replacement may call `nodeFs` itself. */
export const faultyFs = (overrides: Partial<FsLayer>): FsLayer => ({ ...nodeFs, ...overrides });

/**
 * A layer whose behaviour the test swaps while the engine holds on to it. It starts as the app's
 * own (workerFs: each write whole in a file worker); a layer without `writeAtomic` (nodeFs, a
 * faulty one) has each write done step by step through its calls.
 */
export function switchableFs(): { fs: FsLayer; use(layer: FsLayer): void } {
  let current = workerFs;
  return {
    fs: {
      stat: (p) => current.stat(p),
      readdir: (p) => current.readdir(p),
      readFile: (p) => current.readFile(p),
      writeNewFile: (p, b) => current.writeNewFile(p, b),
      rename: (a, b) => current.rename(a, b),
      unlink: (p) => current.unlink(p),
      mkdir: (p) => current.mkdir(p),
      // Looked up by the target at each write: the current layer's, or none (step by step).
      get writeAtomic() {
        return current.writeAtomic;
      },
    },
    use(layer) {
      current = layer;
    },
  };
}

export interface SyncingCore {
  core: Core;
  dataDir: string;
  /** The drive folder (chosen by `chooseDrive`). */
  drive: string;
  /** A free path beside the drive, for moving it away and back. */
  away: string;
  /** A folder for the test's own things (copies of the drive). */
  scratch: string;
  clock: ReturnType<typeof movableClock>;
  /** Swaps the file-system layer under the core's folder target. */
  useFs(layer: FsLayer): void;
  chooseDrive(): void;
  dispose(): void;
}

/** A core on a temp data folder whose sync goes through a swappable layer (renames retried fast). */
export function openSyncingCore(): SyncingCore {
  const base = makeTempDir('referent-sync-');
  const dataDir = join(base.path, 'data');
  const drive = join(base.path, 'Fælles drev');
  const scratch = join(base.path, 'kladde');
  for (const d of [dataDir, drive, scratch]) mkdirSync(d);
  const clock = movableClock();
  const layer = switchableFs();
  const core = createCore({ dataDir, backups: false, now: clock.now, syncTargetFor: (folder) => createFolderTarget(folder, { fs: layer.fs, renameDelayMs: 1 }) });
  return {
    core,
    dataDir,
    drive,
    away: join(base.path, 'drevet er væk'),
    scratch,
    clock,
    useFs: layer.use,
    chooseDrive: () => core.services.sync.setFolder({ folder: drive }),
    dispose() {
      core.close();
      base.remove();
    },
  };
}

export interface TestMeeting {
  id: string;
  itemId: string;
}

/** `n` draft meetings of one forum, each with one item whose minutes say `text(i)`. */
export async function addMeetings(core: Core, n: number, text: (i: number) => string = (i) => `Første udkast til møde ${i}.`): Promise<TestMeeting[]> {
  const forum = await core.call('forums.create', { name: 'Handicaprådet' });
  const out: TestMeeting[] = [];
  for (let i = 1; i <= n; i++) {
    const m = await core.call('meetings.create', { forumId: forum.id, title: `Møde ${i}`, date: dateOf(i) });
    const { itemId } = await core.call('items.add', { meetingId: m.id, title: 'Referat' });
    await setNotes(core, { id: m.id, itemId }, text(i));
    out.push({ id: m.id, itemId });
  }
  return out;
}

/** Dates spread over 2026 (28 to a month), so a few hundred meetings get their own folders. */
const dateOf = (i: number) => `2026-${String(1 + (Math.floor((i - 1) / 28) % 12)).padStart(2, '0')}-${String(((i - 1) % 28) + 1).padStart(2, '0')}`;

/** The referent types the item's minutes. */
export async function setNotes(core: Core, m: TestMeeting, text: string): Promise<void> {
  await core.call('items.updateField', { meetingId: m.id, itemId: m.itemId, patch: { field: 'notes', value: paragraph(text) } });
}

/** A ProseMirror doc with one paragraph. */
export const paragraph = (text: string) => ({ type: 'doc' as const, content: [{ type: 'paragraph' as const, content: [{ type: 'text' as const, text }] }] });

/** A clock that runs with real time, and that a test can move ahead (past a meeting's retry time). */
export function movableClock() {
  let offsetMs = 0;
  return {
    now: () => new Date(Date.now() + offsetMs),
    advance(ms: number) {
      offsetMs += ms;
    },
  };
}

export interface DriveLook {
  /** Every file, relative to the root, '/' between segments. */
  files: string[];
  /** The meetings in `møde.json` files that parse and validate, by id. */
  meetings: Map<string, MeetingFile>;
  /** `møde.json` files that do not parse or validate, with the message. */
  invalid: string[];
  /** Referent's temp files (`.referent-skriver-*.tmp`) anywhere on the drive. */
  temps: string[];
  /** The raw text of each `møde.json`, by path. */
  texts: Map<string, string>;
}

/** Reads every file of the drive folder; each `møde.json` goes through parseMeetingFile. */
export function lookAtDrive(root: string): DriveLook {
  const files = (readdirSync(root, { recursive: true }) as string[])
    .map((p) => p.split('\\').join('/'))
    .filter((p) => statSync(join(root, p)).isFile())
    .sort();
  const look: DriveLook = { files, meetings: new Map(), invalid: [], temps: [], texts: new Map() };
  for (const path of files) {
    const name = path.split('/').at(-1)!;
    if (name.startsWith(TEMP_PREFIX)) look.temps.push(path);
    if (name !== MEETING_FILE) continue;
    const text = readFileSync(join(root, path), 'utf8');
    look.texts.set(path, text);
    const parsed = parseMeetingFile(text, path);
    if (parsed.ok) look.meetings.set(parsed.meeting.id, parsed.meeting);
    else look.invalid.push(`${path}: ${parsed.message}`);
  }
  return look;
}

/**
 * A second installation (its own temp data folder) that syncs the drive once and answers the
 * content hash of each meeting it then holds.
 */
export async function secondInstallation(folder: string): Promise<{ hashes: Map<string, string>; core: Core; dispose(): void }> {
  const dir = makeTempDir('referent-andet-');
  const core = createCore({ dataDir: dir.path, backups: false });
  core.services.sync.setFolder({ folder });
  const report = await core.services.sync.run();
  if (!report) throw new Error(`the second installation could not sync: ${JSON.stringify(core.services.sync.status().problem)}`);
  const hashes = new Map((await core.call('meetings.list', {})).map((m) => [m.id, core.services.meetings.contentHash(m.id)]));
  return {
    hashes,
    core,
    dispose() {
      core.close();
      dir.remove();
    },
  };
}

/** The content hash of every meeting of a core, by id. */
export async function hashesOf(core: Core): Promise<Map<string, string>> {
  return new Map((await core.call('meetings.list', {})).map((m) => [m.id, core.services.meetings.contentHash(m.id)]));
}

/**
 * Bundles tests/support/syncChild.ts once per test file (our code only; packages load from
 * node_modules, so the bundle sits under node_modules/.cache where every user can read it).
 */
export async function bundleSyncChild(label: string): Promise<string> {
  const out = join(process.cwd(), 'node_modules', '.cache', 'referent-test', `syncChild-${label}.cjs`);
  mkdirSync(join(out, '..'), { recursive: true });
  await build({ entryPoints: ['tests/support/syncChild.ts'], bundle: true, platform: 'node', format: 'cjs', outfile: out, packages: 'external', logLevel: 'silent' });
  if (!existsSync(out)) throw new Error('the child was not bundled');
  return out;
}

export interface ChildRun {
  child: ChildProcess;
  /** Resolves when a line of stdout matches. */
  waitForLine(test: (line: string) => boolean, timeoutMs?: number): Promise<string>;
  /** Resolves with the exit code (null when killed), stdout lines and stderr. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null; lines: string[]; stderr: string }>;
  /** Kills the child if it still runs (a test that failed half-way must not leave it behind). */
  stop(): void;
  /** For a child in `serve` mode: sends one step and answers the JSON of its `RESULT` line. */
  ask<T>(step: object): Promise<T>;
}

/** Starts a child; its stdout is read line by line. */
export function startChild(command: string, args: string[]): ChildRun {
  const child = spawn(command, args, { stdio: ['pipe', 'pipe', 'pipe'] });
  const lines: string[] = [];
  let partial = '';
  let stderr = '';
  const waiters: { test: (l: string) => boolean; resolve: (l: string) => void }[] = [];
  child.stdout!.on('data', (chunk: Buffer) => {
    partial += chunk.toString();
    const parts = partial.split('\n');
    partial = parts.pop()!;
    for (const line of parts) {
      lines.push(line);
      for (const w of [...waiters]) {
        if (w.test(line)) {
          waiters.splice(waiters.indexOf(w), 1);
          w.resolve(line);
        }
      }
    }
  });
  child.stderr!.on('data', (c: Buffer) => (stderr += c.toString()));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null; lines: string[]; stderr: string }>((resolve) =>
    child.once('close', (code, signal) => resolve({ code, signal, lines, stderr })),
  );
  let asked = 0;
  function waitForLine(test: (line: string) => boolean, timeoutMs = 60_000): Promise<string> {
    const seen = lines.find(test);
    if (seen !== undefined) return Promise.resolve(seen);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`the child printed no such line in time; stderr: ${stderr}`)), timeoutMs);
      waiters.push({ test, resolve: (l) => (clearTimeout(timer), resolve(l)) });
      void exited.then(({ code, signal }) => reject(new Error(`the child ended first (code ${code}, signal ${signal}); stderr: ${stderr}; last lines: ${lines.slice(-3).join(' | ')}`)));
    });
  }
  return {
    child,
    exited,
    waitForLine,
    stop() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    },
    async ask<T>(step: object): Promise<T> {
      const n = ++asked;
      child.stdin!.write(`${JSON.stringify(step)}\n`);
      let seen = 0;
      const line = await waitForLine((l) => l.startsWith('RESULT ') && ++seen === n);
      return JSON.parse(line.slice('RESULT '.length)) as T;
    },
  };
}

/** Runs a child to its end and answers the JSON of its `RESULT …` line; throws on a failure. */
export async function runChild<T>(command: string, args: string[]): Promise<T> {
  const run = startChild(command, args);
  run.child.stdin!.end();
  const { code, signal, lines, stderr } = await run.exited;
  const result = lines.find((l) => l.startsWith('RESULT '));
  if (code !== 0 || !result) throw new Error(`the child failed (code ${code}, signal ${signal}): ${stderr}\n${lines.join('\n')}`);
  return JSON.parse(result.slice('RESULT '.length)) as T;
}
