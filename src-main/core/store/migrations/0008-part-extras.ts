import type { Migration } from '../migration';

/**
 * Unknown keys are kept on round trip (the meeting file's rules) in the smaller parts of an item
 * as well: an absence, a round-table entry, a dissent and the votes. 0002 gave `extra` columns
 * to the larger objects only, so such keys written by another program were lost on import.
 */
export const m0008PartExtras: Migration = {
  version: 8,
  name: 'part-extras',
  up(db) {
    db.exec(`
      ALTER TABLE item_absences ADD COLUMN extra TEXT;
      ALTER TABLE round_table ADD COLUMN extra TEXT;
      ALTER TABLE dissents ADD COLUMN extra TEXT;
      ALTER TABLE decisions ADD COLUMN votes_extra TEXT;
    `);
  },
};
