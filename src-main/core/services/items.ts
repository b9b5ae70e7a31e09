import type { Database } from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import type { MethodInput } from '../../shared/api/contract';
import type { ItemField } from '../../shared/api/itemsMethods';
import { CoreError } from '../coreError';
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
        const value = richFields.has(patch.field) ? (patch.value === null ? null : JSON.stringify(patch.value)) : patch.value;
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
        remove.run(meetingId, itemId);
        writeOrder(meetingId, item.parent_id, siblings(meetingId, item.parent_id));
      });
    },
  };
}
