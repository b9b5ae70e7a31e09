import type { Database } from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import type { MethodInput } from '../../shared/api/contract';
import type { ItemField } from '../../shared/api/itemsMethods';
import { CoreError } from '../coreError';
import { createMeetingReader } from '../store/readMeeting';
import { createMeetingWriter } from '../store/writeMeeting';
import type { Item } from '../../shared/meetingFile/types';
import type { MeetingItem } from '../../shared/domain/meeting';
import type { RemovedItem } from '../../shared/api/itemsMethods';
import { richColumn } from '../store/richColumn';
import type { RichDoc } from '../../shared/richText/proseMirror';
import { expectChanged, type Mutator } from './mutation';

/** Field name of the contract → column of `items`. A whitelist: nothing else reaches the SQL. */
const columns: Record<ItemField, string> = {
  title: 'title',
  subtitle: 'subtitle',
  kind: 'kind',
  presenter: 'presenter',
  plannedMinutes: 'planned_minutes',
  caseNumber: 'case_number',
  kleNumber: 'kle_number',
  access: 'access',
  routing: 'routing',
  number: 'number',
  description: 'description',
  recommendation: 'recommendation',
  notes: 'notes',
};
const richFields = new Set<ItemField>(['description', 'recommendation', 'notes']);

export function createItemsService(db: Database, { mutate }: Mutator) {
  const readMeeting = createMeetingReader(db);
  const { writeItem } = createMeetingWriter(db);
  const idTaken = db.prepare<[string, string], { id: string }>('SELECT id FROM items WHERE meeting_id = ? AND id = ?');
  const personIds = db.prepare<[string], { id: string }>('SELECT id FROM meeting_people WHERE meeting_id = ?');
  const updates = new Map(
    Object.entries(columns).map(([field, column]) => [
      field,
      db.prepare(`UPDATE items SET ${column} = ? WHERE meeting_id = ? AND id = ?`),
    ]),
  );
  const itemParent = db.prepare<[string, string], { parent_id: string | null; children: number }>(
    'SELECT parent_id, (SELECT count(*) FROM items c WHERE c.meeting_id = i.meeting_id AND c.parent_id = i.id) AS children FROM items i WHERE meeting_id = ? AND id = ?',
  );
  const siblingsTop = db.prepare<[string], { id: string }>('SELECT id FROM items WHERE meeting_id = ? AND parent_id IS NULL ORDER BY sort_order');
  const siblingsOf = db.prepare<[string, string], { id: string }>('SELECT id FROM items WHERE meeting_id = ? AND parent_id = ? ORDER BY sort_order');
  const setOrder = db.prepare('UPDATE items SET sort_order = ?, parent_id = ? WHERE meeting_id = ? AND id = ?');
  const insert = db.prepare(
    `INSERT INTO items (meeting_id, id, parent_id, sort_order, title, kind, planned_minutes, access)
     VALUES (?, ?, ?, ?, ?, ?, ?, 'open')`,
  );
  const remove = db.prepare('DELETE FROM items WHERE meeting_id = ? AND id = ?');

  function siblings(meetingId: string, parentId: string | null): string[] {
    return (parentId === null ? siblingsTop.all(meetingId) : siblingsOf.all(meetingId, parentId)).map((r) => r.id);
  }

  function writeOrder(meetingId: string, parentId: string | null, ids: string[]): void {
    ids.forEach((id, i) => setOrder.run(i, parentId, meetingId, id));
  }

  /** A parent must be a top-level item of the same meeting: sub-items are one level deep. */
  function checkParent(meetingId: string, parentId: string | null, moving?: string): void {
    if (parentId === null) return;
    const parent = itemParent.get(meetingId, parentId);
    if (!parent) throw new CoreError('not-found', 'Det overordnede punkt findes ikke i mødet. Genindlæs mødet.');
    if (parent.parent_id !== null || parentId === moving) {
      throw new CoreError('invalid-input', 'Underpunkter kan kun være ét niveau dybe: vælg et hovedpunkt.', 'parentId');
    }
  }

  return {
    add(input: MethodInput<'items.add'>) {
      const parentId = input.parentId ?? null;
      return mutate(input.meetingId, () => {
        checkParent(input.meetingId, parentId);
        const itemId = randomUUID();
        const ids = siblings(input.meetingId, parentId);
        const at = Math.min(input.index ?? ids.length, ids.length);
        insert.run(input.meetingId, itemId, parentId, ids.length, input.title, input.kind ?? null, input.plannedMinutes ?? null);
        ids.splice(at, 0, itemId);
        writeOrder(input.meetingId, parentId, ids);
        return { itemId };
      });
    },

    updateField({ meetingId, itemId, patch }: MethodInput<'items.updateField'>) {
      return mutate(meetingId, () => {
        const value = richFields.has(patch.field) ? richColumn(patch.value as RichDoc | null) : patch.value;
        expectChanged(updates.get(patch.field)!.run(value, meetingId, itemId), 'Punktet');
      });
    },

    move({ meetingId, itemId, parentId, index }: MethodInput<'items.move'>) {
      return mutate(meetingId, () => {
        const item = itemParent.get(meetingId, itemId);
        if (!item) throw new CoreError('not-found', 'Punktet findes ikke i mødet. Genindlæs mødet.');
        checkParent(meetingId, parentId, itemId);
        if (parentId !== null && item.children > 0) {
          throw new CoreError('invalid-input', 'Et punkt med underpunkter kan ikke selv blive et underpunkt.', 'parentId');
        }
        const from = siblings(meetingId, item.parent_id).filter((id) => id !== itemId);
        writeOrder(meetingId, item.parent_id, from);
        const to = item.parent_id === parentId ? from : siblings(meetingId, parentId);
        to.splice(Math.min(index, to.length), 0, itemId);
        writeOrder(meetingId, parentId, to);
      });
    },

    delete({ meetingId, itemId }: MethodInput<'items.delete'>) {
      return mutate(meetingId, () => {
        const item = itemParent.get(meetingId, itemId);
        if (!item) throw new CoreError('not-found', 'Punktet findes ikke i mødet. Genindlæs mødet.');
        const removed = findItem(readMeeting(meetingId)!.items, itemId, item.parent_id);
        remove.run(meetingId, itemId);
        writeOrder(meetingId, item.parent_id, siblings(meetingId, item.parent_id));
        return { removed };
      });
    },

    /** Puts a deleted item (with its sub-items, decision, follow-ups …) back: the undo of delete. */
    restore({ meetingId, parentId, index, item }: MethodInput<'items.restore'>) {
      return mutate(meetingId, () => {
        checkParent(meetingId, parentId);
        if (parentId !== null && (item.subItems ?? []).length > 0) {
          throw new CoreError('invalid-input', 'Underpunkter kan kun være ét niveau dybe.', 'item.subItems');
        }
        for (const it of [item, ...(item.subItems ?? [])]) {
          if (idTaken.get(meetingId, it.id)) throw new CoreError('conflict', 'Punktet findes allerede i mødet.', 'item.id');
        }
        const people = new Set(personIds.all(meetingId).map((r) => r.id));
        const refs = [item, ...(item.subItems ?? [])].flatMap((it) => [
          ...(it.absent ?? []).map((a) => a.personId),
          ...(it.roundTable ?? []).map((e) => e.personId),
        ]);
        if (refs.some((p) => !people.has(p))) {
          throw new CoreError('conflict', 'Punktet nævner en person, der ikke længere er på deltagerlisten. Tilføj personen igen først.');
        }
        writeItem(meetingId, item as Item, parentId, 0);
        const ids = siblings(meetingId, parentId).filter((x) => x !== item.id);
        ids.splice(Math.min(index, ids.length), 0, item.id);
        writeOrder(meetingId, parentId, ids);
      });
    },
  };
}

function findItem(items: MeetingItem[], itemId: string, parentId: string | null): RemovedItem {
  const list = parentId === null ? items : (items.find((i) => i.id === parentId)?.subItems ?? []);
  const index = list.findIndex((i) => i.id === itemId);
  return { item: list[index] as MeetingItem, parentId, index };
}
