import type { Migration } from '../migration';

/**
 * Full-text search over every meeting (the `search` command). One row per item, sub-item and
 * meeting (its own texts) in `search_docs`, indexed by FTS5 as an external-content table kept
 * by triggers. The rows are (re)written from the meetings when a search finds them stale
 * (`search_indexed` holds the revision each was indexed at), not on the typing path: a keystroke
 * saved never pays for the index. Danish letters are letters to the tokenizer, and å, æ, ø are
 * never folded into a, ae, o (remove_diacritics 0): "går" is not "gar".
 */
export const m0009Search: Migration = {
  version: 9,
  name: 'search',
  up(db) {
    db.exec(`
      CREATE TABLE search_docs (
        id           INTEGER PRIMARY KEY,
        meeting_id   TEXT NOT NULL,
        item_id      TEXT,
        item_number  TEXT,
        item_title   TEXT,
        title        TEXT NOT NULL,
        body         TEXT NOT NULL
      ) STRICT;
      CREATE INDEX search_docs_meeting ON search_docs (meeting_id);

      CREATE VIRTUAL TABLE search_fts USING fts5(title, body, content = 'search_docs', content_rowid = 'id', tokenize = 'unicode61 remove_diacritics 0');
      CREATE TRIGGER search_docs_added AFTER INSERT ON search_docs BEGIN
        INSERT INTO search_fts (rowid, title, body) VALUES (new.id, new.title, new.body);
      END;
      CREATE TRIGGER search_docs_removed AFTER DELETE ON search_docs BEGIN
        INSERT INTO search_fts (search_fts, rowid, title, body) VALUES ('delete', old.id, old.title, old.body);
      END;

      CREATE TABLE search_indexed (
        meeting_id  TEXT PRIMARY KEY,
        revision    INTEGER NOT NULL
      ) STRICT, WITHOUT ROWID;
    `);
  },
};
