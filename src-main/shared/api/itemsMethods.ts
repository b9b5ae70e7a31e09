import { z } from 'zod';
import { method } from './method';
import { id, optText, title } from './fields';
import { richDocSchema } from '../richText/proseMirror';
import { itemKinds } from '../meetingFile/types';
import type { MeetingItem, Saved } from '../domain/meeting';
import { itemSchema } from '../meetingFile/schema';

const rich = richDocSchema.nullable();

/**
 * The autosave path: one field of one item per call, never the whole meeting. Each field has its
 * own value schema, so `{ field: 'plannedMinutes', value: 'ti' }` is refused at the boundary.
 */
export const itemFieldPatch = z.discriminatedUnion('field', [
  z.object({ field: z.literal('title'), value: title }),
  z.object({ field: z.literal('subtitle'), value: optText(500) }),
  z.object({ field: z.literal('kind'), value: z.enum(itemKinds).nullable() }),
  z.object({ field: z.literal('presenter'), value: optText(200) }),
  z.object({ field: z.literal('plannedMinutes'), value: z.number().int().min(0).max(1440).nullable() }),
  z.object({ field: z.literal('caseNumber'), value: optText(100) }),
  z.object({ field: z.literal('kleNumber'), value: optText(100) }),
  z.object({ field: z.literal('access'), value: z.enum(['open', 'closed']) }),
  z.object({ field: z.literal('routing'), value: optText(200) }),
  z.object({ field: z.literal('number'), value: optText(20) }),
  z.object({ field: z.literal('description'), value: rich }),
  z.object({ field: z.literal('recommendation'), value: rich }),
  z.object({ field: z.literal('notes'), value: rich }),
]);
export type ItemFieldPatch = z.infer<typeof itemFieldPatch>;
export type ItemField = ItemFieldPatch['field'];

export const itemsMethods = {
  'items.add': method<Saved & { itemId: string }>()(
    z
      .object({
        meetingId: id,
        /** Add as a sub-item of this item (one level deep only). */
        parentId: id.nullish(),
        /** Position among its siblings; at the end when absent. */
        index: z.number().int().min(0).optional(),
        title,
        kind: z.enum(itemKinds).nullish(),
        plannedMinutes: z.number().int().min(0).max(1440).nullish(),
      })
      .strict(),
  ),
  'items.updateField': method<Saved>()(z.object({ meetingId: id, itemId: id, patch: itemFieldPatch }).strict()),
  'items.move': method<Saved>()(
    z.object({ meetingId: id, itemId: id, parentId: id.nullable(), index: z.number().int().min(0) }).strict(),
  ),
  /** Answers what was removed, so the renderer can offer "Fortryd" (items.restore). */
  'items.delete': method<Saved & { removed: RemovedItem }>()(z.object({ meetingId: id, itemId: id }).strict()),
  'items.restore': method<Saved>()(
    z.object({ meetingId: id, parentId: id.nullable(), index: z.number().int().min(0), item: itemSchema }).strict(),
  ),
};

export interface RemovedItem {
  item: MeetingItem;
  parentId: string | null;
  index: number;
}
