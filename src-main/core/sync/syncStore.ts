/** The sync tables (migration 0005), one prepared statement per question the engine asks. */
import type { Database } from 'better-sqlite3';
import type { SyncProblemKind, SyncReport } from '../../shared/sync/types';
import type { FileStat } from './syncTarget';

export interface SettingsRow {
  folder: string | null;
  share_id: string | null;
  installation_id: string;
  last_sync_at: string | null;
  last_report: string | null;
  problem_kind: SyncProblemKind | null;
  problem_message: string | null;
  problem_at: string | null;
}

export interface SyncMeetingRow {
  meeting_id: string;
  dir: string | null;
  base_text: string | null;
  base_hash: string | null;
  remote_sha: string | null;
  published_conflict: string | null;
  pushing_sha?: string | null;
}

export interface FileRow {
  path: string;
  meeting_id: string | null;
  size: number;
  mtime_ms: number;
  ino: string;
  sha256: string;
  seen_at_ms: number;
}

export interface OutboxRow {
  meeting_id: string;
  revision: number;
  attempts: number;
  next_attempt_at: string | null;
  last_error: string | null;
}

export interface ConflictRow {
  meeting_id: string;
  source: 'file' | 'entry';
  remote_text: string;
  base_text: string | null;
  from_installation: string | null;
  detected_at: string;
}

export function createSyncStore(db: Database) {
  const q = {
    settings: db.prepare<[], SettingsRow>('SELECT * FROM sync_settings WHERE id = 1'),
    setFolder: db.prepare<[string | null]>('UPDATE sync_settings SET folder = ?, share_id = NULL, last_sync_at = NULL, last_report = NULL, problem_kind = NULL, problem_message = NULL, problem_at = NULL WHERE id = 1'),
    setShare: db.prepare<[string]>('UPDATE sync_settings SET share_id = ? WHERE id = 1'),
    finished: db.prepare<[string, string]>('UPDATE sync_settings SET last_sync_at = ?, last_report = ?, problem_kind = NULL, problem_message = NULL, problem_at = NULL WHERE id = 1'),
    problem: db.prepare<[string, string, string]>('UPDATE sync_settings SET problem_kind = ?, problem_message = ?, problem_at = ? WHERE id = 1'),
    meeting: db.prepare<[string], SyncMeetingRow>('SELECT * FROM sync_meetings WHERE meeting_id = ?'),
    dirs: db.prepare<[], { meeting_id: string; dir: string }>('SELECT meeting_id, dir FROM sync_meetings WHERE dir IS NOT NULL'),
    remoteSha: db.prepare<[string], { remote_sha: string | null }>('SELECT remote_sha FROM sync_meetings WHERE meeting_id = ?'),
    published: db.prepare<[], SyncMeetingRow>('SELECT * FROM sync_meetings WHERE published_conflict IS NOT NULL'),
    upsertMeeting: db.prepare(
      `INSERT INTO sync_meetings (meeting_id, dir, base_text, base_hash, remote_sha, published_conflict, pushing_sha)
       VALUES (@meeting_id, @dir, @base_text, @base_hash, @remote_sha, @published_conflict, @pushing_sha)
       ON CONFLICT (meeting_id) DO UPDATE SET dir = excluded.dir, base_text = excluded.base_text, base_hash = excluded.base_hash,
         remote_sha = excluded.remote_sha, published_conflict = excluded.published_conflict,
         pushing_sha = excluded.pushing_sha`,
    ),
    markPushing: db.prepare(
      `INSERT INTO sync_meetings (meeting_id, pushing_sha) VALUES (?, ?)
       ON CONFLICT (meeting_id) DO UPDATE SET pushing_sha = excluded.pushing_sha`,
    ),
    enqueue: db.prepare<[string, number, string]>(
      'INSERT INTO sync_outbox (meeting_id, revision, queued_at) VALUES (?, ?, ?) ON CONFLICT (meeting_id) DO UPDATE SET attempts = 0, next_attempt_at = NULL',
    ),
    file: db.prepare<[string], FileRow>('SELECT * FROM sync_files WHERE path = ?'),
    upsertFile: db.prepare(
      `INSERT INTO sync_files (path, meeting_id, size, mtime_ms, ino, sha256, seen_at_ms) VALUES (@path, @meeting_id, @size, @mtime_ms, @ino, @sha256, @seen_at_ms)
       ON CONFLICT (path) DO UPDATE SET meeting_id = excluded.meeting_id, size = excluded.size, mtime_ms = excluded.mtime_ms, ino = excluded.ino,
         sha256 = excluded.sha256, seen_at_ms = excluded.seen_at_ms`,
    ),
    deleteFile: db.prepare<[string]>('DELETE FROM sync_files WHERE path = ?'),
    moveFiles: db.prepare<[string, number, string, string]>("UPDATE sync_files SET path = ? || substr(path, ?) WHERE path LIKE ? ESCAPE '\\' AND meeting_id = ?"),
    outbox: db.prepare<[], OutboxRow>('SELECT meeting_id, revision, attempts, next_attempt_at, last_error FROM sync_outbox ORDER BY queued_at'),
    pendingCount: db.prepare<[], { n: number }>('SELECT count(*) AS n FROM sync_outbox'),
    dequeue: db.prepare<[string, number]>('DELETE FROM sync_outbox WHERE meeting_id = ? AND revision <= ?'),
    dropFromOutbox: db.prepare<[string]>('DELETE FROM sync_outbox WHERE meeting_id = ?'),
    enqueueAll: db.prepare(
      "INSERT INTO sync_outbox (meeting_id, revision, queued_at) SELECT id, revision, strftime('%Y-%m-%dT%H:%M:%fZ', 'now') FROM meetings WHERE true ON CONFLICT (meeting_id) DO NOTHING",
    ),
    retryLater: db.prepare<[string, string, string]>('UPDATE sync_outbox SET attempts = attempts + 1, next_attempt_at = ?, last_error = ? WHERE meeting_id = ?'),
    conflict: db.prepare<[string], ConflictRow>('SELECT * FROM sync_conflicts WHERE meeting_id = ?'),
    conflicts: db.prepare<[], ConflictRow>('SELECT * FROM sync_conflicts ORDER BY detected_at'),
    conflictCount: db.prepare<[], { n: number }>('SELECT count(*) AS n FROM sync_conflicts'),
    putConflict: db.prepare(
      `INSERT INTO sync_conflicts (meeting_id, source, remote_text, base_text, from_installation, detected_at)
       VALUES (@meeting_id, @source, @remote_text, @base_text, @from_installation, @detected_at)
       ON CONFLICT (meeting_id) DO UPDATE SET source = excluded.source, remote_text = excluded.remote_text, base_text = excluded.base_text,
         from_installation = excluded.from_installation`,
    ),
    deleteConflict: db.prepare<[string]>('DELETE FROM sync_conflicts WHERE meeting_id = ?'),
    cleanups: db.prepare<[], { meeting_id: string }>('SELECT meeting_id FROM sync_cleanup'),
    addCleanup: db.prepare<[string]>('INSERT INTO sync_cleanup (meeting_id) VALUES (?) ON CONFLICT DO NOTHING'),
    doneCleanup: db.prepare<[string]>('DELETE FROM sync_cleanup WHERE meeting_id = ?'),
    temps: db.prepare<[], { path: string }>('SELECT path FROM sync_temp'),
    addTemp: db.prepare<[string]>('INSERT INTO sync_temp (path) VALUES (?) ON CONFLICT DO NOTHING'),
    doneTemp: db.prepare<[string]>('DELETE FROM sync_temp WHERE path = ?'),
    resetForFolder: db.transaction(() => {
      db.exec('DELETE FROM sync_meetings; DELETE FROM sync_files; DELETE FROM sync_conflicts; DELETE FROM sync_cleanup;');
    }),
  };

  return {
    settings: () => q.settings.get()!,
    /** A new folder starts over: no base, no known files, every meeting to push. */
    chooseFolder(folder: string | null) {
      db.transaction(() => {
        q.setFolder.run(folder);
        q.resetForFolder();
        q.enqueueAll.run();
      })();
    },
    setShare: (id: string) => q.setShare.run(id),
    finished: (at: string, report: SyncReport) => q.finished.run(at, JSON.stringify(report)),
    problem: (kind: SyncProblemKind, message: string, at: string) => q.problem.run(kind, message, at),

    meeting: (id: string) => q.meeting.get(id) ?? null,
    /** Which meeting holds which folder (no texts: this runs every round). */
    dirs: () => q.dirs.all(),
    remoteSha: (id: string) => q.remoteSha.get(id)?.remote_sha ?? null,
    /** Meetings whose conflict copy this installation published. */
    published: () => q.published.all(),
    /** Writes the row; the "being written" fields are cleared unless given (the write they describe is done). */
    putMeeting: (row: SyncMeetingRow) => q.upsertMeeting.run({ pushing_sha: null, ...row }),
    /** Before a møde.json is renamed into place: its sha256, so finding it after a crash reads as our own. */
    markPushing: (id: string, sha: string) => q.markPushing.run(id, sha),
    enqueue: (id: string, revision: number, at: string) => q.enqueue.run(id, revision, at),

    file: (path: string) => q.file.get(path) ?? null,
    putFile(path: string, meetingId: string | null, stat: FileStat, sha256: string, seenAtMs: number) {
      q.upsertFile.run({ path, meeting_id: meetingId, size: stat.size, mtime_ms: stat.mtimeMs, ino: stat.ino, sha256, seen_at_ms: seenAtMs });
    },
    forgetFile: (path: string) => q.deleteFile.run(path),
    /** The meeting's folder moved: its known files move with it. */
    moveDir(meetingId: string, from: string, to: string) {
      const like = `${from.replace(/[\\%_]/g, (c) => `\\${c}`)}/%`;
      q.moveFiles.run(to, from.length + 1, like, meetingId);
    },

    outbox: () => q.outbox.all(),
    pending: () => q.pendingCount.get()!.n,
    dequeue: (id: string, revision: number) => q.dequeue.run(id, revision),
    dropFromOutbox: (id: string) => q.dropFromOutbox.run(id),
    retryLater: (id: string, at: string, error: string) => q.retryLater.run(at, error, id),

    conflict: (id: string) => q.conflict.get(id) ?? null,
    conflicts: () => q.conflicts.all(),
    conflictCount: () => q.conflictCount.get()!.n,
    putConflict: (row: ConflictRow) => q.putConflict.run(row),
    deleteConflict: (id: string) => q.deleteConflict.run(id),

    cleanups: () => q.cleanups.all().map((r) => r.meeting_id),
    addCleanup: (id: string) => q.addCleanup.run(id),
    doneCleanup: (id: string) => q.doneCleanup.run(id),

    temps: () => q.temps.all().map((r) => r.path),
    addTemp: (path: string) => q.addTemp.run(path),
    doneTemp: (path: string) => q.doneTemp.run(path),

    transaction: <T>(fn: () => T): T => db.transaction(fn)(),
  };
}

export type SyncStore = ReturnType<typeof createSyncStore>;
