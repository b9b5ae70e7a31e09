import { closeSync, fsyncSync, openSync, renameSync, rmSync, statSync, writeSync } from 'node:fs';
import { dirname, basename, join } from 'node:path';

/**
 * What went wrong with a file, in Danish and with what to do, for the errors people meet (Node's
 * own messages are English and name our temp file). Anything else keeps Node's message.
 */
export function fileProblem(e: unknown, path: string): string {
  switch ((e as NodeJS.ErrnoException).code) {
    case 'ENOENT':
      return `${path} findes ikke (eller mappen ${dirname(path)} findes ikke)`;
    case 'ENOTDIR':
      return `en del af stien ${path} er ikke en mappe`;
    case 'EISDIR':
      return `${path} er en mappe, ikke en fil`;
    case 'EACCES':
    case 'EPERM':
      return `ingen adgang til ${path}; vælg en anden placering, eller få adgang til mappen`;
    case 'EROFS':
      return `${dirname(path)} er skrivebeskyttet; vælg en anden placering`;
    case 'ENOSPC':
      return `der er ikke plads på disken til ${path}`;
    default:
      return (e as Error).message;
  }
}

/** The temp file beside `path` that writeFileAtomic writes first (and ensureWritable tries). */
const tempFor = (path: string) => join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);

/** A failure to write the temp file, said of the folder or the file (the temp name means nothing to the reader). */
function writeProblem(e: unknown, path: string): Error {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return Object.assign(new Error(`mappen ${dirname(path)} findes ikke; opret den, eller skriv filen et andet sted`), { code });
  return Object.assign(new Error(fileProblem(e, code === 'EISDIR' ? path : dirname(path))), { code });
}

/**
 * Fails now, with writeFileAtomic's message, when `path` could not be written: a missing or
 * read-only folder, a folder where the file should be. Called before work that changes the data
 * folder (signing locks the meeting) or takes seconds (rendering), so that a bad --out never
 * leaves a change behind whose file was not written.
 */
export function ensureWritable(path: string): void {
  let isDirectory = false;
  try {
    isDirectory = statSync(path).isDirectory();
  } catch {
    // absent: the file is to be created
  }
  if (isDirectory) throw writeProblem({ code: 'EISDIR' }, path);
  const temp = tempFor(path);
  try {
    closeSync(openSync(temp, 'w'));
  } catch (e) {
    throw writeProblem(e, path);
  }
  rmSync(temp, { force: true });
}

/** Writes a file whole or not at all: temp file beside it, fsync, rename. Throws with a Danish message. */
export function writeFileAtomic(path: string, data: string | Uint8Array): void {
  const temp = tempFor(path);
  try {
    const fd = openSync(temp, 'w');
    try {
      writeSync(fd, typeof data === 'string' ? Buffer.from(data, 'utf8') : data);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(temp, path);
  } catch (e) {
    rmSync(temp, { force: true });
    throw writeProblem(e, path);
  }
}
