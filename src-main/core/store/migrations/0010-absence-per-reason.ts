import type { Migration } from '../migration';

/**
 * One person may have more than one absence in an item: came later and left early ("kom
 * senere", "gik"). 0002 keyed `item_absences` by the person, so a meeting file holding both was
 * refused. Now an absence is keyed by person and reason. SQLite cannot change a primary key in
 * place: the table is rebuilt and its rows copied as they are (nothing else refers to it).
 */
export const m0010AbsencePerReason: Migration = {
  version: 10,
  name: 'absence-per-reason',
  up(db) {
    db.exec(`
      CREATE TABLE item_absences_new (
        meeting_id   TEXT NOT NULL,
        item_id      TEXT NOT NULL,
        person_id    TEXT NOT NULL,
        sort_order   INTEGER NOT NULL,
        reason       TEXT NOT NULL CHECK (reason IN ('inhabil','left','arrived-later','other')),
        note         TEXT,
        extra        TEXT,
        PRIMARY KEY (meeting_id, item_id, person_id, reason),
        FOREIGN KEY (meeting_id, item_id) REFERENCES items (meeting_id, id) ON DELETE CASCADE,
        FOREIGN KEY (meeting_id, person_id) REFERENCES meeting_people (meeting_id, id)
      ) STRICT, WITHOUT ROWID;
      INSERT INTO item_absences_new (meeting_id, item_id, person_id, sort_order, reason, note, extra)
        SELECT meeting_id, item_id, person_id, sort_order, reason, note, extra FROM item_absences;
      DROP TABLE item_absences;
      ALTER TABLE item_absences_new RENAME TO item_absences;
    `);
  },
};
