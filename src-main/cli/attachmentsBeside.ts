import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname, resolve, sep } from 'node:path';
import { attachmentPath } from '../core/services/attachments';
import type { MeetingFile } from '../shared/meetingFile/types';
import { CliError } from './cliError';
import { fileProblem, writeFileAtomic } from './files';

/**
 * The attachments' files a meeting file names, written at their `file` paths beside it
 * (`bilag/arbejdsplan.pdf`), so the folder reads back as the same meeting, files and all, as
 * the spec's meeting folder has them. Returns the `file` paths whose bytes the data folder does
 * not hold (a meeting imported without them): named in a warning, not written.
 */
export function writeAttachmentsBeside(file: MeetingFile, meetingFilePath: string, dataDir: string): { missing: string[] } {
  const folder = dirname(meetingFilePath);
  const missing: string[] = [];
  const done = new Set<string>();
  const attachments = (file.items ?? []).flatMap((item) => [...(item.attachments ?? []), ...(item.subItems ?? []).flatMap((s) => s.attachments ?? [])]);
  for (const a of attachments) {
    if (!a.file || !a.sha256) continue;
    const target = resolve(folder, a.file);
    // The file format allows only relative paths inside the meeting's folder; checked again here
    // because this writes to the user's disk.
    if (!target.startsWith(folder + sep) || done.has(target)) continue;
    done.add(target);
    const source = attachmentPath(dataDir, a.sha256);
    if (!existsSync(source)) {
      missing.push(a.file);
      continue;
    }
    try {
      mkdirSync(dirname(target), { recursive: true });
      writeFileAtomic(target, readFileSync(source));
    } catch (e) {
      // writeFileAtomic's messages are Danish already; mkdir's are Node's.
      const message = (e as NodeJS.ErrnoException).syscall === 'mkdir' ? fileProblem(e, dirname(target)) : (e as Error).message;
      throw new CliError(`mødefilen er skrevet, men bilaget ${a.file} kunne ikke skrives: ${message}.`);
    }
  }
  return { missing };
}
