import type { Migration } from '../migration';

/**
 * A forum's own word list for the spell checker (issue 4): the names, place names and words of
 * the trade ("udsattepolitikken") that the dictionary does not know and the referent has said
 * are right. Per forum, since a handicapråd's words are not an udsatteråd's.
 */
export const m0007ForumWords: Migration = {
  version: 7,
  name: 'forum-words',
  up(db) {
    db.exec(`
      CREATE TABLE forum_words (
        forum_id  TEXT NOT NULL REFERENCES forums (id) ON DELETE CASCADE,
        word      TEXT NOT NULL,
        added_at  TEXT NOT NULL,
        PRIMARY KEY (forum_id, word)
      ) STRICT, WITHOUT ROWID;
    `);
  },
};
