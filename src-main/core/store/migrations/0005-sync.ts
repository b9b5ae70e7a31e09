import type { Migration } from '../migration';

/**
 * Sync with a shared folder (issue 8).
 * - sync_settings: the one chosen folder, the share's id from its marker file, this
 *   installation's id (names its conflict copies), and how the last round went.
 * - sync_outbox: a meeting whose change has not reached the folder. Filled by triggers, so the
 *   row is written in the same transaction as the change itself and a crash cannot lose it.
 * - sync_meetings: per meeting, its folder on the drive and the last version both sides had
 *   (the base of a three-way merge), the conflict copy this installation published, and the
 *   møde.json being written now (so a file found after a crash between rename and bookkeeping is
 *   known as our own, not taken for another installation's change).
 * - sync_files: what Referent last wrote or read at a path (size, time, inode, sha256), so an
 *   unchanged file is neither hashed nor rewritten.
 * - sync_conflicts: a meeting changed on both sides, waiting for the referent's choice.
 * - sync_cleanup: conflict copies to remove from the drive once a conflict is resolved.
 * - sync_temp: temp files being written, so those a crash left behind are removed on start.
 * - sync_documents: the agenda and minutes PDFs rendered for the drive (bytes under
 *   `documents/<sha256>.pdf`) and the content hash they were rendered from.
 */
export const m0005Sync: Migration = {
  version: 5,
  name: 'sync',
  up(db) {
    db.exec(`
      CREATE TABLE sync_settings (
        id                 INTEGER PRIMARY KEY CHECK (id = 1),
        folder             TEXT,
        share_id           TEXT,
        installation_id    TEXT NOT NULL,
        last_sync_at       TEXT,
        last_report        TEXT,
        problem_kind       TEXT,
        problem_message    TEXT,
        problem_at         TEXT
      ) STRICT;
      INSERT INTO sync_settings (id, installation_id) VALUES (1, lower(hex(randomblob(8))));

      CREATE TABLE sync_outbox (
        meeting_id       TEXT PRIMARY KEY,
        revision         INTEGER NOT NULL,
        queued_at        TEXT NOT NULL,
        attempts         INTEGER NOT NULL DEFAULT 0,
        next_attempt_at  TEXT,
        last_error       TEXT
      ) STRICT;
      INSERT INTO sync_outbox (meeting_id, revision, queued_at)
        SELECT id, revision, strftime('%Y-%m-%dT%H:%M:%fZ', 'now') FROM meetings;
      CREATE TRIGGER sync_outbox_on_insert AFTER INSERT ON meetings BEGIN
        INSERT INTO sync_outbox (meeting_id, revision, queued_at)
          VALUES (NEW.id, NEW.revision, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
          ON CONFLICT (meeting_id) DO UPDATE SET revision = excluded.revision, attempts = 0, next_attempt_at = NULL;
      END;
      CREATE TRIGGER sync_outbox_on_change AFTER UPDATE OF revision ON meetings BEGIN
        INSERT INTO sync_outbox (meeting_id, revision, queued_at)
          VALUES (NEW.id, NEW.revision, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
          ON CONFLICT (meeting_id) DO UPDATE SET revision = excluded.revision, attempts = 0, next_attempt_at = NULL;
      END;

      CREATE TABLE sync_meetings (
        meeting_id          TEXT PRIMARY KEY,
        dir                 TEXT,
        base_text           TEXT,
        base_hash           TEXT,
        remote_sha          TEXT,
        published_conflict  TEXT,
        pushing_sha         TEXT
      ) STRICT;

      CREATE TABLE sync_files (
        path        TEXT PRIMARY KEY,
        meeting_id  TEXT,
        size        INTEGER NOT NULL,
        mtime_ms    REAL NOT NULL,
        ino         TEXT NOT NULL,
        sha256      TEXT NOT NULL,
        seen_at_ms  REAL NOT NULL
      ) STRICT;
      CREATE INDEX sync_files_meeting ON sync_files (meeting_id);

      CREATE TABLE sync_conflicts (
        meeting_id         TEXT PRIMARY KEY,
        source             TEXT NOT NULL CHECK (source IN ('file', 'entry')),
        remote_text        TEXT NOT NULL,
        base_text          TEXT,
        from_installation  TEXT,
        detected_at        TEXT NOT NULL
      ) STRICT;

      CREATE TABLE sync_cleanup (meeting_id TEXT PRIMARY KEY) STRICT;
      CREATE TABLE sync_temp (path TEXT PRIMARY KEY) STRICT;

      CREATE TABLE sync_documents (
        meeting_id   TEXT NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
        kind         TEXT NOT NULL CHECK (kind IN ('agenda', 'minutes')),
        source_hash  TEXT NOT NULL,
        sha256       TEXT NOT NULL,
        rendered_at  TEXT NOT NULL,
        PRIMARY KEY (meeting_id, kind)
      ) STRICT;
    `);
  },
};
