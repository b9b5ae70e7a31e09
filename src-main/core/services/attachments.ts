import type { Database } from 'better-sqlite3';
import { createHash, randomUUID } from 'node:crypto';
import { closeSync, fsyncSync, mkdirSync, openSync, renameSync, writeSync, existsSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { MethodInput } from '../../shared/api/contract';
import { CoreError } from '../coreError';
import { expectChanged, type Mutator } from './mutation';

/** Where an attachment's bytes live: `<dataDir>/attachments/<sha256>`, content-addressed. */
export function attachmentPath(dataDir: string, sha256: string): string {
  return join(dataDir, 'attachments', sha256);
}

/** Writes bytes once under their hash: temp file, fsync, rename, so a crash never leaves half a file. */
export function storeAttachmentBytes(dataDir: string, bytes: Buffer): string {
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const final = attachmentPath(dataDir, sha256);
  if (existsSync(final)) return sha256;
  mkdirSync(join(dataDir, 'attachments'), { recursive: true });
  const temp = `${final}.${process.pid}.tmp`;
  const fd = openSync(temp, 'w');
  try {
    writeSync(fd, bytes);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  renameSync(temp, final);
  return sha256;
}

/** A file name safe inside the meeting's `bilag/` folder on any drive. */
export function safeAttachmentName(name: string): string {
  const base = basename(name.replace(/\\/g, '/'))
    // eslint-disable-next-line no-control-regex -- control characters are exactly what must go
    .replace(/[<>:"/\\|?*\u0000-\u001f]/g, '_')
    .replace(/^[.\s]+|[.\s]+$/g, '')
    .slice(0, 120);
  return base || 'bilag';
}

export function createAttachmentsService(db: Database, dataDir: string, now: () => Date, { mutate }: Mutator) {
  const itemExists = db.prepare<[string, string], { id: string }>('SELECT id FROM items WHERE meeting_id = ? AND id = ?');
  const nextOrder = db.prepare<[string, string], { n: number }>('SELECT coalesce(max(sort_order) + 1, 0) AS n FROM attachments WHERE meeting_id = ? AND item_id = ?');
  const insert = db.prepare(
    `INSERT INTO attachments (meeting_id, id, item_id, sort_order, title, reference, access, file, sha256)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertFile = db.prepare('INSERT INTO attachment_files (sha256, size, media_type, created_at) VALUES (?, ?, NULL, ?) ON CONFLICT DO NOTHING');
  const updates = {
    title: db.prepare('UPDATE attachments SET title = ? WHERE meeting_id = ? AND id = ?'),
    reference: db.prepare('UPDATE attachments SET reference = ? WHERE meeting_id = ? AND id = ?'),
    access: db.prepare('UPDATE attachments SET access = ? WHERE meeting_id = ? AND id = ?'),
    number: db.prepare('UPDATE attachments SET number = ? WHERE meeting_id = ? AND id = ?'),
  };
  const remove = db.prepare('DELETE FROM attachments WHERE meeting_id = ? AND id = ?');

  return {
    add(input: MethodInput<'attachments.add'>) {
      // The bytes are written before the transaction: an orphan file is harmless, a row without its file is not.
      let sha256: string | null = null;
      let size = 0;
      if (input.dataBase64 !== undefined) {
        const bytes = Buffer.from(input.dataBase64, 'base64');
        size = bytes.length;
        sha256 = storeAttachmentBytes(dataDir, bytes);
      }
      return mutate(input.meetingId, () => {
        if (!itemExists.get(input.meetingId, input.itemId)) throw new CoreError('not-found', 'Punktet findes ikke i mødet. Genindlæs mødet.');
        if (sha256) insertFile.run(sha256, size, now().toISOString());
        const attachmentId = randomUUID();
        const file = input.fileName ? `bilag/${safeAttachmentName(input.fileName)}` : null;
        insert.run(
          input.meetingId,
          attachmentId,
          input.itemId,
          nextOrder.get(input.meetingId, input.itemId)!.n,
          input.title,
          input.reference ?? null,
          input.access ?? 'open',
          file,
          sha256,
        );
        return { attachmentId };
      });
    },

    update({ meetingId, attachmentId, patch }: MethodInput<'attachments.update'>) {
      return mutate(meetingId, () => {
        let changed = 0;
        for (const [field, value] of Object.entries(patch) as [keyof typeof updates, string | null][]) {
          if (value !== undefined) changed += updates[field].run(value, meetingId, attachmentId).changes;
        }
        if (Object.keys(patch).length > 0) expectChanged({ changes: changed }, 'Bilaget');
      });
    },

    remove({ meetingId, attachmentId }: MethodInput<'attachments.remove'>) {
      return mutate(meetingId, () => expectChanged(remove.run(meetingId, attachmentId), 'Bilaget'));
    },
  };
}
