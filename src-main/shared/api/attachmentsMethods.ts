import { z } from 'zod';
import { method } from './method';
import { id, optText } from './fields';
import type { Saved } from '../domain/meeting';

/** 50 MB of file, as base64 (4/3 of it) plus slack. */
const maxBase64 = Math.ceil((50 * 1024 * 1024 * 4) / 3) + 16;

export const attachmentsMethods = {
  'attachments.add': method<Saved & { attachmentId: string }>()(
    z
      .object({
        meetingId: id,
        itemId: id,
        title: z.string().trim().min(1, 'Skriv bilagets titel.').max(500),
        reference: optText(200).optional(),
        access: z.enum(['open', 'closed']).optional(),
        /** The file's own name (never a path: only its last part is used). */
        fileName: z.string().min(1).max(255).optional(),
        dataBase64: z.string().max(maxBase64, 'Bilaget er større end 50 MB.').optional(),
      })
      .strict(),
  ),
  'attachments.update': method<Saved>()(
    z
      .object({
        meetingId: id,
        attachmentId: id,
        patch: z
          .object({
            title: z.string().trim().min(1, 'Skriv bilagets titel.').max(500),
            reference: optText(200),
            access: z.enum(['open', 'closed']),
            number: optText(20),
          })
          .partial()
          .strict(),
      })
      .strict(),
  ),
  'attachments.remove': method<Saved>()(z.object({ meetingId: id, attachmentId: id }).strict()),
};
