import type { Database } from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import type { MethodInput } from '../../shared/api/contract';
import { CoreError } from '../coreError';
import { expectChanged, type Mutator } from './mutation';

const columns = {
  name: 'name',
  organisation: 'organisation',
  title: 'title',
  role: 'role',
  attendance: 'attendance',
  attendanceNote: 'attendance_note',
  remark: 'remark',
  isReferent: 'is_referent',
  signs: 'signs',
  substituteFor: 'substitute_for',
} as const;
type PersonField = keyof typeof columns;

const toSql = (v: unknown) => (typeof v === 'boolean' ? (v ? 1 : 0) : (v ?? null));

/** The people of one meeting: attendance, notes, stand-ins, referent, who signs. */
export function createPeopleService(db: Database, { mutate }: Mutator) {
  const updates = new Map(
    Object.entries(columns).map(([f, c]) => [f, db.prepare(`UPDATE meeting_people SET ${c} = ? WHERE meeting_id = ? AND id = ?`)]),
  );
  const nextOrder = db.prepare<[string], { n: number }>('SELECT coalesce(max(sort_order) + 1, 0) AS n FROM meeting_people WHERE meeting_id = ?');
  const insert = db.prepare(
    `INSERT INTO meeting_people (meeting_id, id, sort_order, name, organisation, title, role, attendance, attendance_note, remark, is_referent, signs, substitute_for)
     VALUES (@meeting_id, @id, @sort_order, @name, @organisation, @title, @role, @attendance, @attendance_note, @remark, @is_referent, @signs, @substitute_for)`,
  );
  const exists = db.prepare<[string, string], { id: string }>('SELECT id FROM meeting_people WHERE meeting_id = ? AND id = ?');
  const references = db.prepare<[string, string, string, string, string, string], { n: number }>(
    `SELECT (SELECT count(*) FROM round_table WHERE meeting_id = ? AND person_id = ?)
          + (SELECT count(*) FROM item_absences WHERE meeting_id = ? AND person_id = ?)
          + (SELECT count(*) FROM actions WHERE meeting_id = ? AND owner_id = ?) AS n`,
  );
  const dissentRefs = db.prepare<[string], { person_ids: string }>('SELECT person_ids FROM dissents WHERE meeting_id = ?');
  const clearSubstitutes = db.prepare('UPDATE meeting_people SET substitute_for = NULL WHERE meeting_id = ? AND substitute_for = ?');
  const remove = db.prepare('DELETE FROM meeting_people WHERE meeting_id = ? AND id = ?');
  const allPresent = db.prepare("UPDATE meeting_people SET attendance = 'present' WHERE meeting_id = ? AND attendance <> 'notified-absence'");
  const ordered = db.prepare<[string], { id: string }>('SELECT id FROM meeting_people WHERE meeting_id = ? ORDER BY sort_order');
  const setOrder = db.prepare('UPDATE meeting_people SET sort_order = ? WHERE meeting_id = ? AND id = ?');

  function checkSubstitute(meetingId: string, personId: string | null, substituteFor: string | null | undefined, path: string): void {
    if (!substituteFor) return;
    if (substituteFor === personId || !exists.get(meetingId, substituteFor)) {
      throw new CoreError('invalid-input', 'Stedfortræderen skal stå for en anden person på deltagerlisten.', path);
    }
  }

  return {
    add({ meetingId, person }: MethodInput<'people.add'>) {
      return mutate(meetingId, () => {
        checkSubstitute(meetingId, null, person.substituteFor, 'person.substituteFor');
        const personId = randomUUID();
        insert.run({
          meeting_id: meetingId,
          id: personId,
          sort_order: nextOrder.get(meetingId)!.n,
          name: person.name,
          organisation: person.organisation ?? null,
          title: person.title ?? null,
          role: person.role ?? 'member',
          attendance: person.attendance ?? 'unknown',
          attendance_note: person.attendanceNote ?? null,
          remark: person.remark ?? null,
          is_referent: person.isReferent ? 1 : 0,
          signs: toSql(person.signs),
          substitute_for: person.substituteFor ?? null,
        });
        return { personId };
      });
    },

    update({ meetingId, personId, patch }: MethodInput<'people.update'>) {
      return mutate(meetingId, () => {
        if (!exists.get(meetingId, personId)) throw new CoreError('not-found', 'Personen findes ikke i mødet. Genindlæs mødet.');
        checkSubstitute(meetingId, personId, patch.substituteFor, 'patch.substituteFor');
        for (const [field, value] of Object.entries(patch) as [PersonField, unknown][]) {
          if (value !== undefined) updates.get(field)!.run(toSql(value), meetingId, personId);
        }
      });
    },

    remove({ meetingId, personId }: MethodInput<'people.remove'>) {
      return mutate(meetingId, () => {
        const n = references.get(meetingId, personId, meetingId, personId, meetingId, personId)!.n;
        const inDissent = dissentRefs.all(meetingId).some((r) => (JSON.parse(r.person_ids) as string[]).includes(personId));
        if (n > 0 || inDissent) {
          // Removing them would take their words out of the minutes: never lose text silently.
          throw new CoreError('conflict', 'Personen har indlæg, fravær eller opfølgninger i referatet. Fjern dem først, eller markér personen som fraværende.');
        }
        clearSubstitutes.run(meetingId, personId);
        expectChanged(remove.run(meetingId, personId), 'Personen');
      });
    },

    allPresent({ meetingId }: MethodInput<'people.allPresent'>) {
      // Everyone is present except those who sent apologies (afbud): that mark stays.
      return mutate(meetingId, () => void allPresent.run(meetingId));
    },

    move({ meetingId, personId, index }: MethodInput<'people.move'>) {
      return mutate(meetingId, () => {
        const ids = ordered.all(meetingId).map((r) => r.id);
        const at = ids.indexOf(personId);
        if (at < 0) throw new CoreError('not-found', 'Personen findes ikke i mødet. Genindlæs mødet.');
        ids.splice(at, 1);
        ids.splice(Math.min(index, ids.length), 0, personId);
        ids.forEach((id, i) => setOrder.run(i, meetingId, id));
      });
    },
  };
}
