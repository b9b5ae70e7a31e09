/**
 * Sync as the app and the CLI use it: the chosen folder, one round at a time (a second call waits
 * for the running one), the status with what waits, conflicts and their resolution, and a worker
 * that polls the folder (fs.watch does not see changes made from another machine on a network
 * drive) and pushes soon after a local change, backing off while the drive is away.
 */
import type { Database } from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import { statSync } from 'node:fs';
import type { MethodInput } from '../../shared/api/contract';
import { parseMeetingFile, parseMeetingValue } from '../../shared/meetingFile/validate';
import type { MeetingFile } from '../../shared/meetingFile/types';
import type { SyncConflict, SyncReport, SyncStatus } from '../../shared/sync/types';
import { CoreError } from '../coreError';
import type { EventBus } from '../eventBus';
import type { ExportService } from '../export/exportService';
import { contentHashOf, toMeetingFile, type MeetingsService } from '../services/meetings';
import { describeConflicts } from './conflictView';
import { describeError, DriveProblem } from './driveProblem';
import { createFolderTarget } from './folderTarget';
import { createMeetingDocuments } from './meetingDocuments';
import { mergeMeetings } from './mergeMeetings';
import { createSyncStore } from './syncStore';
import { syncRound } from './syncRound';
import type { SyncTarget } from './syncTarget';

export interface SyncDeps {
  db: Database;
  bus: EventBus;
  now: () => Date;
  dataDir: string;
  meetings: MeetingsService;
  exporter: ExportService;
  /** The folder layer (tests inject faults or an in-memory drive). */
  targetFor?: (folder: string) => SyncTarget;
  /** A round that has not moved for this long shows as a slow drive (default 30 s). */
  slowAfterMs?: number;
}

export interface WorkerOptions {
  /** How often the folder is looked at (default 10 s). */
  pollMs?: number;
  /** How soon after a local change it is pushed (default 1.5 s). */
  afterChangeMs?: number;
}

function parsed(text: string, what: string): MeetingFile {
  const r = parseMeetingFile(text, what);
  if (!r.ok) throw new CoreError('internal', `${what} kan ikke læses: ${r.message}`);
  return r.meeting;
}

export function createSyncService(deps: SyncDeps) {
  const { db, bus, now, meetings } = deps;
  const store = createSyncStore(db);
  const targetFor = deps.targetFor ?? ((folder: string) => createFolderTarget(folder));
  const documents = createMeetingDocuments(db, deps.dataDir, async (meetingId, variant) => {
    const result = await deps.exporter.pdf({ meetingId, variant, public: false, confirmCpr: false, samlet: false });
    if (result.status !== 'exported') throw new Error('eksporten blev ikke færdig');
    return new Uint8Array(Buffer.from(result.dataBase64, 'base64'));
  }, now);

  let running: Promise<SyncReport | null> | null = null;
  let progress: SyncStatus['progress'] = null;
  let warnings: string[] = [];
  /** When the running round last moved (started, or finished a file): a drive that hangs shows as slow. */
  let lastMove = 0;
  const SLOW_MS = deps.slowAfterMs ?? 30_000;

  function status(): SyncStatus {
    const s = store.settings();
    return {
      folder: s.folder,
      running: running !== null,
      progress,
      lastSyncAt: s.last_sync_at,
      lastReport: s.last_report ? (JSON.parse(s.last_report) as SyncReport) : null,
      pending: s.folder ? store.pending() : 0,
      conflicts: store.conflictCount(),
      problem:
        running && Date.now() - lastMove > SLOW_MS
          ? { kind: 'offline', message: `Drevet svarer langsomt (${s.folder}). Referent arbejder videre, og ændringerne venter, til drevet svarer.`, at: new Date(lastMove).toISOString() }
          : s.problem_kind
            ? { kind: s.problem_kind, message: s.problem_message ?? '', at: s.problem_at ?? '' }
            : null,
      warnings,
    };
  }
  // Told only when something in it changed: while a referent types, each saved change asks for an
  // announcement, and an unchanged status sent to the window is a re-render on the typing path.
  let announced = '';
  const announce = () => {
    const now = status();
    const text = JSON.stringify(now);
    if (text === announced) return;
    announced = text;
    bus.emit('sync.status', now);
  };

  /** One round; resolves with its report, or null when the drive could not be used (the status says why). */
  async function round(retryNow: boolean): Promise<SyncReport | null> {
    const folder = store.settings().folder;
    if (!folder) throw new CoreError('invalid-input', 'Vælg først en mappe på det fælles drev under «Fælles drev».', 'folder');
    let lastAnnounced = 0;
    try {
      const result = await syncRound({
        target: targetFor(folder),
        folder,
        store,
        meetings,
        documents,
        dataDir: deps.dataDir,
        now,
        retryNow,
        onReplaced: (meetingId) => bus.emit('sync.meetingUpdated', { meetingId }),
        progress(done, total) {
          progress = { done, total };
          lastMove = Date.now();
          if (Date.now() - lastAnnounced > 250 || done === total) {
            lastAnnounced = Date.now();
            announce();
          }
        },
      });
      warnings = result.warnings;
      // Conflicts as they stand after the round (also those found earlier and not yet resolved).
      const report = { ...result.report, conflicts: store.conflictCount() };
      store.finished(now().toISOString(), report);
      return report;
    } catch (e) {
      const problem = e instanceof DriveProblem ? e : new DriveProblem('other', `Synkroniseringen stoppede: ${describeError(e)}`);
      if (!(e instanceof DriveProblem)) console.error('[referent] sync round failed', e);
      store.problem(problem.kind, problem.message, now().toISOString());
      return null;
    }
  }

  /** `retryNow`: a round a person asked for, which also tries the meetings waiting out a back-off. */
  function run(options: { retryNow?: boolean } = {}): Promise<SyncReport | null> {
    if (running) return running;
    lastMove = Date.now();
    // While a round runs, the status is told again now and then, so a hanging drive shows as slow.
    const heartbeat = setInterval(announce, SLOW_MS / 3);
    heartbeat.unref?.();
    running = round(!!options.retryNow).finally(() => {
      clearInterval(heartbeat);
      running = null;
      progress = null;
      announce();
    });
    announce();
    return running;
  }

  // The worker: polling plus a push soon after each local change, with backoff while the drive is away.
  let timer: NodeJS.Timeout | null = null;
  let failures = 0;
  let workerOptions: Required<WorkerOptions> | null = null;
  function schedule(ms: number) {
    if (!workerOptions) return;
    if (timer) clearTimeout(timer);
    timer = setTimeout(tick, ms);
    timer.unref?.();
  }
  async function tick() {
    timer = null;
    if (!workerOptions || !store.settings().folder) return;
    const started = Date.now();
    const report = await run().catch(() => null);
    failures = report ? 0 : failures + 1;
    // A slow drive is asked less often: never more than a tenth of the time goes to looking at it.
    const quiet = Math.max(workerOptions.pollMs, 10 * (Date.now() - started));
    schedule(failures ? Math.min(quiet * 2 ** failures, 5 * 60_000) : Math.min(quiet, 5 * 60_000));
  }
  let changeTimer: NodeJS.Timeout | null = null;
  bus.on('meetings.changed', () => {
    if (changeTimer) return;
    changeTimer = setTimeout(() => {
      changeTimer = null;
      announce();
      if (workerOptions && failures === 0) schedule(workerOptions.afterChangeMs);
    }, 300);
    changeTimer.unref?.();
  });

  function conflictParts(meetingId: string) {
    const c = store.conflict(meetingId);
    if (!c) throw new CoreError('not-found', 'Der er ingen konflikt i dette møde (den kan være løst på en anden computer).');
    const local = toMeetingFile(meetings.get(meetingId));
    const remote = parsed(c.remote_text, 'Drevets version');
    const base = c.base_text ? parsed(c.base_text, 'Den fælles version') : null;
    return { c, local, remote, base };
  }

  return {
    status,
    run,
    setFolder({ folder }: MethodInput<'sync.setFolder'>): SyncStatus {
      if (folder) {
        let isDir = false;
        try {
          isDir = statSync(folder).isDirectory();
        } catch {
          isDir = false;
        }
        if (!isDir) throw new CoreError('invalid-input', `Mappen ${folder} findes ikke (eller drevet er ikke koblet på). Vælg en mappe, der findes.`, 'folder');
      }
      // The same folder again is not a new start: nothing is reset, it is only looked at now.
      if (folder === store.settings().folder) {
        schedule(0);
        return status();
      }
      store.chooseFolder(folder);
      warnings = [];
      announce();
      if (folder) schedule(0);
      return status();
    },

    conflicts(): SyncConflict[] {
      return store.conflicts().flatMap((c) => {
        if (meetings.revisionOf(c.meeting_id) === null) return [];
        const { local, remote, base } = conflictParts(c.meeting_id);
        const raw = mergeMeetings(base, local, remote).conflicts;
        return [{ meetingId: c.meeting_id, title: local.title, date: local.date, source: c.source, detectedAt: c.detected_at, fields: describeConflicts(raw, local, remote) }];
      });
    },

    conflictVersions({ meetingId }: MethodInput<'sync.conflictVersions'>) {
      const { c } = conflictParts(meetingId);
      return { local: meetings.exportFile({ id: meetingId }).text, remote: c.remote_text };
    },

    /** The referent's choice: per field, or both versions kept as two meetings. Then the next round writes it out. */
    resolve(input: MethodInput<'sync.resolve'>): { meetingId: string; copyId: string | null } {
      const { c, local, remote, base } = conflictParts(input.meetingId);
      const localRev = meetings.revisionOf(input.meetingId)!;
      const finish = () => {
        store.deleteConflict(c.meeting_id);
        store.addCleanup(c.meeting_id);
        const row = store.meeting(c.meeting_id);
        if (row) {
          // Resolved against the drive's møde.json: that is now the common version, so ours goes out over it.
          const fromFile = c.source === 'file';
          store.putMeeting({ ...row, base_text: fromFile ? c.remote_text : row.base_text, base_hash: fromFile ? contentHashOf(remote) : row.base_hash, published_conflict: null });
        }
      };
      let copyId: string | null = null;
      if ('keepBoth' in input) {
        copyId = randomUUID();
        const copy = { ...remote, id: copyId, title: `${remote.title} (anden version)`, revision: 1 } as MeetingFile;
        db.transaction(() => {
          meetings.replaceFromSync(copy, null, () => undefined);
          finish();
          // Ours goes out over the drive's version (which lives on as the copy).
          store.enqueue(c.meeting_id, localRev, now().toISOString());
        })();
      } else {
        const { merged, conflicts } = mergeMeetings(base, local, remote, input.choices);
        if (conflicts.length) throw new CoreError('invalid-input', `Vælg en version for hvert felt i konflikten (${conflicts.length} mangler).`, 'choices');
        const result = parseMeetingValue({ ...merged, revision: Math.max(localRev, remote.revision ?? 1) + 1, updatedAt: now().toISOString() }, 'sammenfletning');
        if (!result.ok) throw new CoreError('invalid-input', `De valgte felter giver ikke et gyldigt møde: ${result.message}`, 'choices');
        if (!meetings.replaceFromSync(result.meeting, localRev, finish)) {
          throw new CoreError('conflict', 'Mødet blev ændret, mens du valgte. Se konflikten igen.');
        }
        bus.emit('sync.meetingUpdated', { meetingId: c.meeting_id });
      }
      announce();
      schedule(0);
      return { meetingId: c.meeting_id, copyId };
    },

    /** Starts polling (the app and the host; the CLI runs single rounds). */
    startWorker(options: WorkerOptions = {}) {
      workerOptions = { pollMs: options.pollMs ?? 10_000, afterChangeMs: options.afterChangeMs ?? 1500 };
      schedule(500);
    },
    async stop(): Promise<void> {
      workerOptions = null;
      if (timer) clearTimeout(timer);
      if (changeTimer) clearTimeout(changeTimer);
      timer = changeTimer = null;
      await running?.catch(() => undefined);
    },
  };
}

export type SyncService = ReturnType<typeof createSyncService>;
