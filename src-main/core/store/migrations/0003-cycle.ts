import type { Migration } from '../migration';

/**
 * The meeting cycle: the user's agenda templates, the agenda as it was when it was sent (so later
 * changes show as such), and where a carried-over item or follow-up came from.
 */
export const m0003Cycle: Migration = {
  version: 3,
  name: 'cycle',
  up(db) {
    db.exec(`
      CREATE TABLE templates (
        id          TEXT PRIMARY KEY,
        name        TEXT NOT NULL,
        body        TEXT NOT NULL,
        created_at  TEXT NOT NULL,
        updated_at  TEXT NOT NULL
      ) STRICT;
      CREATE UNIQUE INDEX templates_name ON templates (name COLLATE NOCASE);

      ALTER TABLE meetings ADD COLUMN agenda_sent TEXT;
    `);
  },
};
