/**
 * Where sync writes: a small interface over relative paths ('/' between segments), so the engine
 * runs the same against a real folder (folderTarget) and an in-memory one (memoryTarget, for
 * fast tests). Errors carry a Node-style `code` (ENOENT, EACCES, EROFS, ENOSPC, EPERM, EBUSY…);
 * the engine turns them into what the referent reads.
 */

export interface FileStat {
  size: number;
  mtimeMs: number;
  /** Identity of the file (inode); a rename-over gives a new one even when size and time match. */
  ino: string;
}

export interface DirEntry {
  name: string;
  isDir: boolean;
}

/** A file in the data folder whose bytes a write copies; `read` gives them to a target that needs them in hand. */
export interface LocalFile {
  file: string;
  read(): Promise<Uint8Array>;
}

/** What a write puts in a file: the bytes, or a local file's (a PDF, an attachment). */
export type FileContent = Uint8Array | LocalFile;

export interface SyncTarget {
  /** Shown in messages. */
  readonly description: string;
  /** Whether the root folder is there at all (a missing root means the drive is away). */
  rootExists(): Promise<boolean>;
  /** Null when the path does not exist. */
  stat(path: string): Promise<FileStat | null>;
  /** Entries of a folder; an empty list when the folder does not exist. */
  list(path: string): Promise<DirEntry[]>;
  read(path: string): Promise<Uint8Array>;
  /**
   * Writes so a reader sees the old file or the new one, never half: `tempPath` (in the same
   * folder, journaled by the caller first so a crash can be cleaned up), fsync, rename over the
   * final name (retried a few times on EPERM/EBUSY, as Windows gives while a virus scanner or the
   * indexer holds the file), then reads it back and checks it holds the content (the caller's
   * `sha256` is theirs: the text's own hash, or the document's address in the data folder).
   * Creates missing folders below the root, never the root itself.
   */
  writeAtomic(path: string, content: FileContent, sha256: string, tempPath: string): Promise<FileStat>;
  /**
   * Makes sure a folder is there, with its missing parents below the root (never the root). True
   * when this call created it: it then holds no files yet, so nobody need look for any in it.
   */
  makeFolder(path: string): Promise<boolean>;
  /** Moves a folder or file; creates the destination's missing parents below the root. */
  rename(from: string, to: string): Promise<void>;
  /** Removes a file; no error when it is already gone. */
  remove(path: string): Promise<void>;
}

/** An error with a code, as node:fs throws. */
export function fsError(code: string, message: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: ${message}`), { code });
}

export const errorCode = (e: unknown): string | undefined => (e as NodeJS.ErrnoException | null)?.code;
