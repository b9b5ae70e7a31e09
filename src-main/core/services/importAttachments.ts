import { createHash } from 'node:crypto';
import { existsSync, rmSync } from 'node:fs';
import type { Attachment, Item, MeetingFile } from '../../shared/meetingFile/types';
import { CoreError } from '../coreError';
import { attachmentPath, storeAttachmentBytes } from './attachments';

/**
 * What lies at an attachment's `file`, read by whoever knows where the meeting file came from
 * (the CLI: the meeting file's own folder). `missing` when nothing is there; `problem` when the
 * path may not be read (it leads out of the folder, it is a folder, …), said in Danish.
 */
export type AttachmentFileResult = { bytes: Uint8Array } | { missing: true } | { problem: string };
export type AttachmentFileReader = (file: string) => AttachmentFileResult;

export interface ImportedAttachments {
  /** The meeting with each found attachment's `sha256` set to its bytes. */
  file: MeetingFile;
  /** Found attachments' bytes, by sha256 (stored with `storeImportedAttachments`). */
  bytes: Map<string, Uint8Array>;
  /** The attachments whose `file` has nothing behind it: imported as references only. */
  missing: Array<{ file: string; sha256: string | null }>;
}

/** Every attachment of the meeting with its JSON path, items and sub-items alike. */
function attachmentsWithPaths(m: MeetingFile): Array<{ a: Attachment; at: string }> {
  return (m.items ?? []).flatMap((item: Item, i) => [
    ...(item.attachments ?? []).map((a, j) => ({ a, at: `items[${i}].attachments[${j}]` })),
    ...(item.subItems ?? []).flatMap((sub, k) => (sub.attachments ?? []).map((a, j) => ({ a, at: `items[${i}].subItems[${k}].attachments[${j}]` }))),
  ]);
}

/**
 * Reads the files a meeting file's attachments name. A file whose bytes do not match the given
 * `sha256` refuses the meeting file (it is not the attachment the minutes refer to), as does a
 * path that may not be read; a missing file is only reported, as the sync does when bilag/ has
 * not arrived yet, so the minutes are never held back by an attachment.
 */
export function readImportedAttachments(m: MeetingFile, fileName: string, read: AttachmentFileReader): ImportedAttachments {
  const file = structuredClone(m);
  const bytes = new Map<string, Uint8Array>();
  const missing: ImportedAttachments['missing'] = [];
  for (const { a, at } of attachmentsWithPaths(file)) {
    if (!a.file) continue;
    const found = read(a.file);
    if ('problem' in found) throw new CoreError('invalid-input', `${fileName}: ${at}.file: ${found.problem}`, `${at}.file`);
    if ('missing' in found) {
      missing.push({ file: a.file, sha256: a.sha256?.toLowerCase() ?? null });
      continue;
    }
    const sha256 = createHash('sha256').update(found.bytes).digest('hex');
    if (a.sha256 && a.sha256.toLowerCase() !== sha256) {
      throw new CoreError(
        'invalid-input',
        `${fileName}: ${at}.sha256: passer ikke til filen ${a.file} (filens SHA-256 er ${sha256}); ret sha256, eller læg den rigtige fil ved siden af mødefilen`,
        `${at}.sha256`,
      );
    }
    a.sha256 = sha256;
    bytes.set(sha256, found.bytes);
  }
  return { file, bytes, missing };
}

/**
 * Writes the bytes under their hash; returns the paths this call created, so a caller whose
 * transaction fails can take them away again (a failed import leaves the data folder as it was).
 */
export function storeImportedAttachments(dataDir: string, bytes: Map<string, Uint8Array>): string[] {
  const created: string[] = [];
  try {
    for (const [sha256, b] of bytes) {
      const path = attachmentPath(dataDir, sha256);
      if (existsSync(path)) continue;
      storeAttachmentBytes(dataDir, Buffer.from(b));
      created.push(path);
    }
  } catch (e) {
    removeFiles(created);
    throw e;
  }
  return created;
}

export function removeFiles(paths: readonly string[]): void {
  for (const p of paths) rmSync(p, { force: true });
}
