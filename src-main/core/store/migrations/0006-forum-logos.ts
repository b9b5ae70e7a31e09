import type { Migration } from '../migration';

/**
 * A forum's logo for the masthead of its PDFs (issue 6): the image itself (PNG or JPEG, small),
 * kept in the database so it travels with the backups, and its alternative text, which a tagged
 * PDF needs for every figure.
 */
export const m0006ForumLogos: Migration = {
  version: 6,
  name: 'forum-logos',
  up(db) {
    db.exec(`
      CREATE TABLE forum_logos (
        forum_id    TEXT PRIMARY KEY REFERENCES forums (id) ON DELETE CASCADE,
        media_type  TEXT NOT NULL CHECK (media_type IN ('image/png', 'image/jpeg')),
        bytes       BLOB NOT NULL,
        alt         TEXT NOT NULL,
        updated_at  TEXT NOT NULL
      ) STRICT;
    `);
  },
};
