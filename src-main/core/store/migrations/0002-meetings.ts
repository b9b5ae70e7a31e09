import type { Migration } from '../migration';

/**
 * Meetings and everything in them. Ids inside a meeting come from the meeting file ("unique in
 * the file"), so child tables key on (meeting_id, id). Rich text is ProseMirror JSON (TEXT),
 * validated against the shared schema before it is written. `extra` columns hold the keys of a
 * meeting file this version does not know, so they survive a round trip.
 */
export const m0002Meetings: Migration = {
  version: 2,
  name: 'meetings',
  up(db) {
    db.exec(`
      ALTER TABLE forums ADD COLUMN extra TEXT;

      CREATE TABLE forum_members (
        id            TEXT PRIMARY KEY,
        forum_id      TEXT NOT NULL REFERENCES forums (id) ON DELETE CASCADE,
        name          TEXT NOT NULL,
        organisation  TEXT,
        title         TEXT,
        role          TEXT NOT NULL DEFAULT 'member'
                      CHECK (role IN ('member','chair','vice-chair','administration','guest')),
        signs         INTEGER,
        sort_order    INTEGER NOT NULL,
        retired_at    TEXT,
        created_at    TEXT NOT NULL
      ) STRICT;
      CREATE INDEX forum_members_forum ON forum_members (forum_id, sort_order);

      CREATE TABLE meetings (
        id             TEXT PRIMARY KEY,
        forum_id       TEXT NOT NULL REFERENCES forums (id),
        title          TEXT NOT NULL,
        document_kind  TEXT NOT NULL CHECK (document_kind IN ('agenda','minutes','decision-minutes')),
        date           TEXT NOT NULL,
        start_time     TEXT,
        end_time       TEXT,
        location       TEXT,
        status         TEXT NOT NULL CHECK (status IN ('draft','agenda-sent','in-meeting','final','signed')),
        joint_bodies   TEXT,
        preamble       TEXT,
        next_meeting   TEXT,
        revision       INTEGER NOT NULL CHECK (revision >= 1),
        content_hash   TEXT,
        hash_revision  INTEGER,
        updated_at     TEXT NOT NULL,
        created_at     TEXT NOT NULL,
        extra          TEXT
      ) STRICT;
      CREATE INDEX meetings_forum_date ON meetings (forum_id, date DESC);
      CREATE INDEX meetings_date ON meetings (date DESC);

      CREATE TABLE meeting_people (
        meeting_id       TEXT NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
        id               TEXT NOT NULL,
        sort_order       INTEGER NOT NULL,
        member_id        TEXT REFERENCES forum_members (id) ON DELETE SET NULL,
        name             TEXT NOT NULL,
        organisation     TEXT,
        title            TEXT,
        role             TEXT NOT NULL CHECK (role IN ('member','chair','vice-chair','administration','guest')),
        attendance       TEXT NOT NULL CHECK (attendance IN ('present','notified-absence','absent','unknown')),
        attendance_note  TEXT,
        remark           TEXT,
        is_referent      INTEGER NOT NULL DEFAULT 0,
        signs            INTEGER,
        substitute_for   TEXT,
        extra            TEXT,
        PRIMARY KEY (meeting_id, id)
      ) STRICT, WITHOUT ROWID;

      CREATE TABLE items (
        meeting_id       TEXT NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
        id               TEXT NOT NULL,
        parent_id        TEXT,
        sort_order       INTEGER NOT NULL,
        number           TEXT,
        title            TEXT NOT NULL,
        subtitle         TEXT,
        kind             TEXT CHECK (kind IN ('information','discussion','decision','standing','break')),
        presenter        TEXT,
        planned_minutes  INTEGER,
        case_number      TEXT,
        kle_number       TEXT,
        access           TEXT NOT NULL DEFAULT 'open' CHECK (access IN ('open','closed')),
        routing          TEXT,
        description      TEXT,
        recommendation   TEXT,
        notes            TEXT,
        extra            TEXT,
        PRIMARY KEY (meeting_id, id),
        FOREIGN KEY (meeting_id, parent_id) REFERENCES items (meeting_id, id) ON DELETE CASCADE
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX items_order ON items (meeting_id, parent_id, sort_order);

      CREATE TABLE decisions (
        meeting_id     TEXT NOT NULL,
        item_id        TEXT NOT NULL,
        outcome        TEXT NOT NULL CHECK (outcome IN ('approved','approved-with-changes','decided','noted','discussed','postponed','rejected','none')),
        text           TEXT,
        decided_by     TEXT,
        postponed_to   TEXT,
        votes_for      INTEGER,
        votes_against  INTEGER,
        votes_abstain  INTEGER,
        extra          TEXT,
        PRIMARY KEY (meeting_id, item_id),
        FOREIGN KEY (meeting_id, item_id) REFERENCES items (meeting_id, id) ON DELETE CASCADE
      ) STRICT, WITHOUT ROWID;

      CREATE TABLE dissents (
        meeting_id   TEXT NOT NULL,
        item_id      TEXT NOT NULL,
        sort_order   INTEGER NOT NULL,
        person_ids   TEXT NOT NULL,
        text         TEXT NOT NULL,
        PRIMARY KEY (meeting_id, item_id, sort_order),
        FOREIGN KEY (meeting_id, item_id) REFERENCES decisions (meeting_id, item_id) ON DELETE CASCADE
      ) STRICT, WITHOUT ROWID;

      CREATE TABLE item_absences (
        meeting_id   TEXT NOT NULL,
        item_id      TEXT NOT NULL,
        person_id    TEXT NOT NULL,
        sort_order   INTEGER NOT NULL,
        reason       TEXT NOT NULL CHECK (reason IN ('inhabil','left','arrived-later','other')),
        note         TEXT,
        PRIMARY KEY (meeting_id, item_id, person_id),
        FOREIGN KEY (meeting_id, item_id) REFERENCES items (meeting_id, id) ON DELETE CASCADE,
        FOREIGN KEY (meeting_id, person_id) REFERENCES meeting_people (meeting_id, id)
      ) STRICT, WITHOUT ROWID;

      CREATE TABLE round_table (
        meeting_id   TEXT NOT NULL,
        item_id      TEXT NOT NULL,
        person_id    TEXT NOT NULL,
        sort_order   INTEGER NOT NULL,
        text         TEXT NOT NULL,
        PRIMARY KEY (meeting_id, item_id, person_id),
        FOREIGN KEY (meeting_id, item_id) REFERENCES items (meeting_id, id) ON DELETE CASCADE,
        FOREIGN KEY (meeting_id, person_id) REFERENCES meeting_people (meeting_id, id)
      ) STRICT, WITHOUT ROWID;

      CREATE TABLE actions (
        meeting_id   TEXT NOT NULL,
        id           TEXT NOT NULL,
        item_id      TEXT NOT NULL,
        sort_order   INTEGER NOT NULL,
        text         TEXT NOT NULL,
        owner_id     TEXT,
        owner_name   TEXT,
        due          TEXT,
        done         INTEGER NOT NULL DEFAULT 0,
        extra        TEXT,
        PRIMARY KEY (meeting_id, id),
        FOREIGN KEY (meeting_id, item_id) REFERENCES items (meeting_id, id) ON DELETE CASCADE
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX actions_open ON actions (done, due);

      CREATE TABLE attachment_files (
        sha256      TEXT PRIMARY KEY,
        size        INTEGER NOT NULL,
        media_type  TEXT,
        created_at  TEXT NOT NULL
      ) STRICT;

      CREATE TABLE attachments (
        meeting_id   TEXT NOT NULL,
        id           TEXT NOT NULL,
        item_id      TEXT NOT NULL,
        sort_order   INTEGER NOT NULL,
        number       TEXT,
        title        TEXT NOT NULL,
        reference    TEXT,
        access       TEXT NOT NULL DEFAULT 'open' CHECK (access IN ('open','closed')),
        file         TEXT,
        sha256       TEXT,
        extra        TEXT,
        PRIMARY KEY (meeting_id, id),
        FOREIGN KEY (meeting_id, item_id) REFERENCES items (meeting_id, id) ON DELETE CASCADE
      ) STRICT, WITHOUT ROWID;
    `);
  },
};
