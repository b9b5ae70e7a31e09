import type { Database } from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import type { MethodInput } from '../../shared/api/contract';
import { CoreError } from '../coreError';
import { richColumn } from '../store/richColumn';
import { expectChanged, type Mutator } from './mutation';


/** Decisions, round table, per-item absences and follow-ups: what is written during the meeting. */
export function createMinutesService(db: Database, { mutate }: Mutator) {
  const itemExists = db.prepare<[string, string], { id: string }>('SELECT id FROM items WHERE meeting_id = ? AND id = ?');
  const personExists = db.prepare<[string, string], { id: string }>('SELECT id FROM meeting_people WHERE meeting_id = ? AND id = ?');
  const ensureDecision = db.prepare(
    "INSERT INTO decisions (meeting_id, item_id, outcome) VALUES (?, ?, 'none') ON CONFLICT (meeting_id, item_id) DO NOTHING",
  );
  const decisionUpdates = {
    outcome: db.prepare('UPDATE decisions SET outcome = ? WHERE meeting_id = ? AND item_id = ?'),
    text: db.prepare('UPDATE decisions SET text = ? WHERE meeting_id = ? AND item_id = ?'),
    decidedBy: db.prepare('UPDATE decisions SET decided_by = ? WHERE meeting_id = ? AND item_id = ?'),
    postponedTo: db.prepare('UPDATE decisions SET postponed_to = ? WHERE meeting_id = ? AND item_id = ?'),
    votes: db.prepare('UPDATE decisions SET votes_for = ?, votes_against = ?, votes_abstain = ? WHERE meeting_id = ? AND item_id = ?'),
  };
  const deleteDissents = db.prepare('DELETE FROM dissents WHERE meeting_id = ? AND item_id = ?');
  const insertDissent = db.prepare('INSERT INTO dissents (meeting_id, item_id, sort_order, person_ids, text) VALUES (?, ?, ?, ?, ?)');
  const deleteDecision = db.prepare('DELETE FROM decisions WHERE meeting_id = ? AND item_id = ?');

  const roundTableNext = db.prepare<[string, string], { n: number }>('SELECT coalesce(max(sort_order) + 1, 0) AS n FROM round_table WHERE meeting_id = ? AND item_id = ?');
  const upsertRoundTable = db.prepare(
    `INSERT INTO round_table (meeting_id, item_id, person_id, sort_order, text) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (meeting_id, item_id, person_id) DO UPDATE SET text = excluded.text`,
  );
  const deleteRoundTable = db.prepare('DELETE FROM round_table WHERE meeting_id = ? AND item_id = ? AND person_id = ?');

  const absenceNext = db.prepare<[string, string], { n: number }>('SELECT coalesce(max(sort_order) + 1, 0) AS n FROM item_absences WHERE meeting_id = ? AND item_id = ?');
  const upsertAbsence = db.prepare(
    `INSERT INTO item_absences (meeting_id, item_id, person_id, sort_order, reason, note) VALUES (?, ?, ?, ?, ?, ?)
     ON CONFLICT (meeting_id, item_id, person_id, reason) DO UPDATE SET note = excluded.note`,
  );
  const deleteAbsences = db.prepare('DELETE FROM item_absences WHERE meeting_id = ? AND item_id = ? AND person_id = ?');
  const deleteAbsence = db.prepare('DELETE FROM item_absences WHERE meeting_id = ? AND item_id = ? AND person_id = ? AND reason = ?');

  const actionNext = db.prepare<[string, string], { n: number }>('SELECT coalesce(max(sort_order) + 1, 0) AS n FROM actions WHERE meeting_id = ? AND item_id = ?');
  const insertAction = db.prepare(
    'INSERT INTO actions (meeting_id, id, item_id, sort_order, text, owner_id, owner_name, due, done) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0)',
  );
  const actionUpdates = {
    text: db.prepare('UPDATE actions SET text = ? WHERE meeting_id = ? AND id = ?'),
    ownerId: db.prepare('UPDATE actions SET owner_id = ? WHERE meeting_id = ? AND id = ?'),
    ownerName: db.prepare('UPDATE actions SET owner_name = ? WHERE meeting_id = ? AND id = ?'),
    due: db.prepare('UPDATE actions SET due = ? WHERE meeting_id = ? AND id = ?'),
    done: db.prepare('UPDATE actions SET done = ? WHERE meeting_id = ? AND id = ?'),
  };
  const deleteAction = db.prepare('DELETE FROM actions WHERE meeting_id = ? AND id = ?');

  function requireItem(meetingId: string, itemId: string): void {
    if (!itemExists.get(meetingId, itemId)) throw new CoreError('not-found', 'Punktet findes ikke i mødet (det kan være slettet). Genindlæs mødet.');
  }
  function requirePerson(meetingId: string, personId: string, path: string): void {
    if (!personExists.get(meetingId, personId)) {
      throw new CoreError('invalid-input', 'Personen er ikke med i mødets deltagerliste. Tilføj personen under fremmøde først.', path);
    }
  }

  return {
    updateDecision({ meetingId, itemId, patch }: MethodInput<'decisions.update'>) {
      return mutate(meetingId, () => {
        requireItem(meetingId, itemId);
        ensureDecision.run(meetingId, itemId);
        const key = [meetingId, itemId] as const;
        if (patch.outcome !== undefined) decisionUpdates.outcome.run(patch.outcome, ...key);
        if (patch.text !== undefined) decisionUpdates.text.run(richColumn(patch.text), ...key);
        if (patch.decidedBy !== undefined) decisionUpdates.decidedBy.run(patch.decidedBy, ...key);
        if (patch.postponedTo !== undefined) decisionUpdates.postponedTo.run(patch.postponedTo, ...key);
        if (patch.votes !== undefined) {
          const v = patch.votes;
          decisionUpdates.votes.run(v?.for ?? null, v?.against ?? null, v?.abstain ?? null, ...key);
        }
        if (patch.dissent !== undefined) {
          deleteDissents.run(...key);
          patch.dissent.forEach((d, i) => {
            d.personIds.forEach((p, j) => requirePerson(meetingId, p, `patch.dissent[${i}].personIds[${j}]`));
            insertDissent.run(meetingId, itemId, i, JSON.stringify(d.personIds), richColumn(d.text) ?? 'null');
          });
        }
      });
    },

    clearDecision({ meetingId, itemId }: MethodInput<'decisions.clear'>) {
      return mutate(meetingId, () => {
        requireItem(meetingId, itemId);
        deleteDecision.run(meetingId, itemId);
      });
    },

    setRoundTable({ meetingId, itemId, personId, text }: MethodInput<'roundTable.set'>) {
      return mutate(meetingId, () => {
        requireItem(meetingId, itemId);
        requirePerson(meetingId, personId, 'personId');
        const stored = richColumn(text);
        // An emptied entry is removed: the person said nothing under this item.
        if (stored === null) deleteRoundTable.run(meetingId, itemId, personId);
        else upsertRoundTable.run(meetingId, itemId, personId, roundTableNext.get(meetingId, itemId)!.n, stored);
      });
    },

    setAbsence({ meetingId, itemId, personId, reason, note }: MethodInput<'absences.set'>) {
      return mutate(meetingId, () => {
        requireItem(meetingId, itemId);
        requirePerson(meetingId, personId, 'personId');
        if (reason === null) deleteAbsences.run(meetingId, itemId, personId);
        else upsertAbsence.run(meetingId, itemId, personId, absenceNext.get(meetingId, itemId)!.n, reason, note ?? null);
      });
    },

    removeAbsence({ meetingId, itemId, personId, reason }: MethodInput<'absences.remove'>) {
      return mutate(meetingId, () => {
        requireItem(meetingId, itemId);
        deleteAbsence.run(meetingId, itemId, personId, reason);
      });
    },

    addAction(input: MethodInput<'actions.add'>) {
      return mutate(input.meetingId, () => {
        requireItem(input.meetingId, input.itemId);
        if (input.ownerId) requirePerson(input.meetingId, input.ownerId, 'ownerId');
        const actionId = randomUUID();
        const n = actionNext.get(input.meetingId, input.itemId)!.n;
        insertAction.run(input.meetingId, actionId, input.itemId, n, input.text, input.ownerId ?? null, input.ownerName ?? null, input.due ?? null);
        return { actionId };
      });
    },

    updateAction({ meetingId, actionId, patch }: MethodInput<'actions.update'>) {
      return mutate(meetingId, () => {
        if (patch.ownerId) requirePerson(meetingId, patch.ownerId, 'patch.ownerId');
        const key = [meetingId, actionId] as const;
        let touched = 0;
        for (const field of ['text', 'ownerId', 'ownerName', 'due'] as const) {
          if (patch[field] !== undefined) touched += actionUpdates[field].run(patch[field], ...key).changes;
        }
        if (patch.done !== undefined) touched += actionUpdates.done.run(patch.done ? 1 : 0, ...key).changes;
        expectChanged({ changes: touched || (Object.keys(patch).length === 0 ? 1 : 0) }, 'Opfølgningen');
      });
    },

    deleteAction({ meetingId, actionId }: MethodInput<'actions.delete'>) {
      return mutate(meetingId, () => expectChanged(deleteAction.run(meetingId, actionId), 'Opfølgningen'));
    },
  };
}
