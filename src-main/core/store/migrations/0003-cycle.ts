import type { Migration } from '../migration';

/**
 * The meeting cycle: the user's agenda templates, the agenda as it was when it was sent (so later
 * changes show as such); and the forum as an imported meeting file named it.
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
      -- The forum as the imported file named it: minutes are a record, and a meeting file must
      -- read back as it was written even when the forum here has since been renamed.
      ALTER TABLE meetings ADD COLUMN forum_as_filed TEXT;
    `);
  },
};
