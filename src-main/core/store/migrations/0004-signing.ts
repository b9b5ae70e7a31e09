import type { Migration } from '../migration';

/**
 * Signing: the imported certificates (the PKCS#12 file itself lies in the data folder under its
 * SHA-256; its passphrase never here, only ever in the operating system's keystore), and every
 * signed PDF of a meeting with the revision it shows. A reopened meeting keeps its signed files,
 * marked superseded, as the record of what was signed.
 */
export const m0004Signing: Migration = {
  version: 4,
  name: 'signing',
  up(db) {
    db.exec(`
      CREATE TABLE certificates (
        id               TEXT PRIMARY KEY,
        file_sha256      TEXT NOT NULL,
        file_name        TEXT NOT NULL,
        holder           TEXT NOT NULL,
        subject          TEXT NOT NULL,
        issuer           TEXT NOT NULL,
        serial_number    TEXT NOT NULL,
        not_before       TEXT NOT NULL,
        not_after        TEXT NOT NULL,
        fingerprint      TEXT NOT NULL UNIQUE,
        passphrase_saved INTEGER NOT NULL DEFAULT 0 CHECK (passphrase_saved IN (0, 1)),
        imported_at      TEXT NOT NULL
      ) STRICT;

      CREATE TABLE signed_versions (
        id             TEXT PRIMARY KEY,
        meeting_id     TEXT NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
        revision       INTEGER NOT NULL,
        sha256         TEXT NOT NULL,
        signatures     INTEGER NOT NULL,
        signer         TEXT NOT NULL,
        signed_at      TEXT NOT NULL,
        superseded_at  TEXT
      ) STRICT;
      CREATE INDEX signed_versions_meeting ON signed_versions (meeting_id, signed_at);
      CREATE UNIQUE INDEX signed_versions_sha ON signed_versions (meeting_id, sha256);
    `);
  },
};
