/**
 * Sync with a folder on the shared drive (issue 8): choose the folder, see how it goes, run a
 * round now, and resolve conflicts field by field (or keep both versions as two meetings).
 *
 * `sync.chooseFolder` is the native folder dialog: the Electron shell answers it; elsewhere (the
 * browser host, where no dialog can give a path) it answers `available: false` and the screen
 * asks for the path instead.
 */
import { z } from 'zod';
import { method } from './method';
import { id } from './fields';
import type { SyncConflict, SyncReport, SyncStatus } from '../sync/types';

const folder = z
  .string()
  .trim()
  .min(1, 'Skriv mappens sti.')
  .max(1000, 'Stien er for lang (højst 1000 tegn).')
  .refine((p) => /^([A-Za-z]:[\\/]|\\\\|\/)/.test(p), 'Skriv hele stien til mappen, fx \\\\server\\fælles\\Referater eller C:\\Referater.');

const choice = z.enum(['local', 'remote']);

export const syncMethods = {
  'sync.status': method<SyncStatus>()(z.object({}).strict()),
  /** null turns sync off. A new folder starts over: every meeting goes out on the next round. */
  'sync.setFolder': method<SyncStatus>()(z.object({ folder: folder.nullable() }).strict()),
  'sync.chooseFolder': method<{ available: boolean; folder: string | null }>()(z.object({}).strict()),
  'sync.run': method<{ report: SyncReport | null; status: SyncStatus }>()(z.object({}).strict()),
  'sync.conflicts': method<SyncConflict[]>()(z.object({}).strict()),
  /** Both versions of a meeting in conflict, as meeting files (the one here and the one from the drive). */
  'sync.conflictVersions': method<{ local: string; remote: string }>()(z.object({ meetingId: id }).strict()),
  'sync.resolve': method<{ meetingId: string; copyId: string | null }>()(
    z.union([
      z.object({ meetingId: id, choices: z.record(z.string().min(1).max(500), choice) }).strict(),
      z.object({ meetingId: id, keepBoth: z.literal(true) }).strict(),
    ]),
  ),
};
