import type { Migration } from '../migration';

export const m0001Forums: Migration = {
  version: 1,
  name: 'forums',
  up(db) {
    db.exec(`
      CREATE TABLE forums (
        id            TEXT PRIMARY KEY,
        name          TEXT NOT NULL,
        organisation  TEXT,
        short_name    TEXT,
        created_at    TEXT NOT NULL
      ) STRICT;
      CREATE INDEX forums_name ON forums (name COLLATE NOCASE);

      CREATE TABLE settings (
        key    TEXT PRIMARY KEY,
        value  TEXT NOT NULL
      ) STRICT;
    `);
  },
};
