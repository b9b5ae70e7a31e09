/**
 * One headless Chromium process for printing, spoken to over its DevTools pipe (cdpPipe.ts). It
 * gets a profile folder of its own in the system's temp folder, removed when it ends, so nothing
 * of a meeting outlives the export there, and it never shares a profile with a browser the
 * user runs.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Readable, Writable } from 'node:stream';
import { connectCdp, type CdpConnection } from './cdpPipe';

// Chromium's setuid sandbox cannot start as root (containers, CI); everywhere else it stays on.
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;

/**
 * Quiet and offline: no first-run work, no updates, no network of its own, no window. The
 * documents printed carry a CSP of `default-src 'none'` (fonts and logo are data: URLs), so a
 * page can fetch nothing; no host name resolves either, should anything in the browser try.
 */
export function chromiumFlags(profileDir: string): string[] {
  return [
    '--headless',
    '--remote-debugging-pipe',
    `--user-data-dir=${profileDir}`,
    '--no-startup-window',
    ...(isRoot ? ['--no-sandbox'] : []),
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-extensions',
    '--disable-default-apps',
    '--no-first-run',
    '--no-default-browser-check',
    '--mute-audio',
    '--hide-scrollbars',
    '--host-resolver-rules=MAP * ~NOTFOUND',
  ];
}

export interface ChromiumProcess {
  cdp: CdpConnection;
  /** Ends the process with its helpers and removes its profile folder. */
  close(): Promise<void>;
  /** Called when the process ends by itself (a crash, killed). */
  onExit(cb: () => void): void;
}

const STARTUP_TIMEOUT_MS = 30_000;

export async function startChromium(executablePath: string): Promise<ChromiumProcess> {
  const profileDir = mkdtempSync(join(tmpdir(), 'referent-chromium-'));
  // Never throws: a profile a stray child still writes into is left for the system's temp cleanup.
  const removeProfile = () => rm(profileDir, { recursive: true, force: true, maxRetries: 5, retryDelay: 20 }).catch(() => {});
  const posix = process.platform !== 'win32';
  let child: ChildProcess;
  try {
    // A process group of its own (POSIX), so close() ends Chromium's helper processes with it.
    child = spawn(executablePath, chromiumFlags(profileDir), { stdio: ['ignore', 'ignore', 'pipe', 'pipe', 'pipe'], detached: posix });
  } catch (e) {
    await removeProfile();
    throw e;
  }
  const kill = () => {
    try {
      if (posix && child.pid) process.kill(-child.pid, 'SIGKILL');
      else child.kill('SIGKILL');
    } catch {
      child.kill('SIGKILL'); // the group is gone already, or was never made
    }
  };
  // The last of what it said, for the message when it fails to start.
  let stderr = '';
  child.stderr!.on('data', (d: Buffer) => (stderr = (stderr + d.toString('utf8')).slice(-4000)));
  // A process that could not be started reports 'error' and never 'exit'.
  const exited = new Promise<void>((resolve) => {
    child.once('exit', () => resolve());
    child.once('error', () => resolve());
  });
  const cdp = connectCdp(child.stdio[3] as Writable, child.stdio[4] as Readable);
  const exitListeners: Array<() => void> = [];
  let closing = false;
  /** The process has ended and its profile is removed. */
  const gone = exited.then(async () => {
    cdp.dispose(new Error('Chromium stoppede'));
    if (!closing) for (const cb of exitListeners) cb();
    if (posix) kill(); // helpers left behind by a crash
    await removeProfile();
  });

  const failed = new Promise<never>((_, reject) => {
    child.once('error', (e) => reject(new Error(`Chromium kunne ikke startes (${executablePath}: ${(e as NodeJS.ErrnoException).code ?? e.message})`)));
    void exited.then(() => reject(new Error(firstLine(stderr) || `Chromium stoppede med det samme (kode ${child.exitCode ?? child.signalCode})`)));
  });
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`Chromium svarede ikke inden for ${STARTUP_TIMEOUT_MS / 1000} sekunder`)), STARTUP_TIMEOUT_MS);
  });
  try {
    // The first answer on the pipe means the browser is up.
    await Promise.race([cdp.send('Browser.getVersion'), failed, timeout]);
  } catch (e) {
    kill();
    await gone;
    throw e;
  } finally {
    clearTimeout(timer);
  }
  failed.catch(() => {}); // after start-up an exit is reported through onExit

  return {
    cdp,
    onExit: (cb) => void exitListeners.push(cb),
    async close() {
      // Killed, not asked to close: the profile is thrown away anyway (the browser context holds
      // nothing on disk), and a polite Browser.close costs ~100–150 ms of shutting down that a
      // command on the command line would wait for. Its other processes end with it.
      closing = true;
      if (child.exitCode === null && child.signalCode === null) kill();
      await gone;
    },
  };
}

function firstLine(text: string): string {
  return (
    text
      .split('\n')
      .map((l) => l.trim())
      .find((l) => l && !/^\[\d+:\d+:/.test(l) && !l.startsWith('DevTools')) ?? text.split('\n').find((l) => l.trim())?.trim() ?? ''
  );
}
