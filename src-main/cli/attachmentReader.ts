import { readFileSync, realpathSync, statSync } from 'node:fs';
import { resolve, sep } from 'node:path';
import type { AttachmentFileReader } from '../core/services/importAttachments';

/**
 * Reads an attachment's `file` relative to the meeting file's own folder (never the working
 * directory), and only inside it: the path rules refuse `..` and absolute paths already, this
 * also refuses a symbolic link that leads out of the folder.
 */
export function attachmentReader(folder: string): AttachmentFileReader {
  let root: string | null = null;
  return (file) => {
    try {
      root ??= realpathSync(folder);
      const real = realpathSync(resolve(root, file));
      if (real !== root && !real.startsWith(root + sep)) {
        return { problem: `${file} fører ud af mødefilens mappe (et symbolsk link); læg bilaget i mappen ved siden af mødefilen` };
      }
      if (!statSync(real).isFile()) return { problem: `${file} er ikke en fil` };
      return { bytes: readFileSync(real) };
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'ENOENT' || code === 'ENOTDIR') return { missing: true };
      return { problem: `kan ikke læse ${file}: ${(e as Error).message}` };
    }
  };
}
