/**
 * Sync with a shared folder, as the renderer and the CLI see it (issue 8). Values are JSON safe.
 */

/** One round's counts: what `referent sync` prints and the status shows after a run. */
export interface SyncReport {
  pushed: number;
  pulled: number;
  conflicts: number;
  failed: number;
}

/** Why the last round could not reach the folder, in words a referent can act on. */
export type SyncProblemKind = 'offline' | 'read-only' | 'full' | 'not-ours' | 'other';

export interface SyncStatus {
  /** The chosen folder, or null when sync is off. */
  folder: string | null;
  /** A round is running now. */
  running: boolean;
  /** Progress of the running round (files done of files to do), for long runs. */
  progress: { done: number; total: number } | null;
  lastSyncAt: string | null;
  lastReport: SyncReport | null;
  /** Changes made here that have not reached the folder yet. */
  pending: number;
  conflicts: number;
  problem: { kind: SyncProblemKind; message: string; at: string } | null;
  /** Files on the drive Referent could not read (a damaged møde.json), each with its message. */
  warnings: string[];
}

/** Which side a referent keeps for one conflicting field. */
export type SyncChoice = 'local' | 'remote';

export interface SyncFieldConflict {
  /** Stable address of the field: `title`, `people.<id>`, `items.<id>`, `items.<id>.<key>`. */
  path: string;
  /** The meeting key or item key (for the label), e.g. `title`, `decision`. */
  key: string;
  /** For item fields: the item's number and title as they stand here (or on the drive). */
  item: { number: string | null; title: string } | null;
  /** The values as text, for showing side by side. */
  localText: string;
  remoteText: string;
}

export interface SyncConflict {
  meetingId: string;
  title: string;
  date: string;
  /** Where the other version came from: the drive's møde.json, or another installation's conflict copy. */
  source: 'file' | 'entry';
  detectedAt: string;
  fields: SyncFieldConflict[];
}
