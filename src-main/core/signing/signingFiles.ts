/**
 * Certificates and signed PDFs in the data folder, content-addressed: `certificates/<sha256>.p12`
 * and `signed/<sha256>.pdf`. Written once (temp file, fsync, rename), so a crash never leaves half
 * a file and a signed PDF, once kept, is never rewritten.
 */
import { createHash } from 'node:crypto';
import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, readFileSync, renameSync, writeSync } from 'node:fs';
import { dirname, join } from 'node:path';

export const sha256Hex = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

export const certificatePath = (dataDir: string, sha256: string) => join(dataDir, 'certificates', `${sha256}.p12`);
export const signedPdfPath = (dataDir: string, sha256: string) => join(dataDir, 'signed', `${sha256}.pdf`);

export function writeOnce(path: string, bytes: Uint8Array): void {
  if (existsSync(path)) return;
  mkdirSync(dirname(path), { recursive: true });
  const temp = `${path}.${process.pid}.tmp`;
  const fd = openSync(temp, 'w', 0o600);
  try {
    writeSync(fd, bytes);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  renameSync(temp, path);
}

export const readBytes = (path: string) => new Uint8Array(readFileSync(path));
