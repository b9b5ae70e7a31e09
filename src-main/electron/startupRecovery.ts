/**
 * What Referent offers when its database cannot be opened for writing (pure: a Node test calls
 * it). A damaged file: restore the newest backup (the damaged file is kept beside it), or open it
 * read-only to read what can be read. A file from a newer Referent: open it read-only, or quit
 * and update. Never a blank window, never a crash.
 */
import type { StoreErrorKind } from '../core/store/storeError';
import type { BackupInfo } from '../core/store/backups';

export type RecoveryAction = { kind: 'restore'; backup: BackupInfo } | { kind: 'readonly' } | { kind: 'quit' };

export interface RecoveryDialog {
  title: string;
  message: string;
  detail: string;
  buttons: string[];
  actions: RecoveryAction[];
  defaultId: number;
  cancelId: number;
}

const stamp = (iso: string) => {
  const d = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(d.getDate())}-${pad(d.getMonth() + 1)}-${d.getFullYear()} kl. ${pad(d.getHours())}.${pad(d.getMinutes())}`;
};

export function recoveryDialog(kind: StoreErrorKind, message: string, backups: BackupInfo[], dataDir: string): RecoveryDialog {
  const actions: RecoveryAction[] = [];
  const buttons: string[] = [];
  const newest = backups[0];
  if (kind === 'database-corrupt' && newest) {
    actions.push({ kind: 'restore', backup: newest });
    buttons.push(`Gendan sikkerhedskopien fra ${stamp(newest.takenAt)}`);
  }
  actions.push({ kind: 'readonly' });
  buttons.push('Åbn skrivebeskyttet');
  actions.push({ kind: 'quit' });
  buttons.push('Afslut');
  return {
    title: 'Referent kan ikke åbne sin database',
    message,
    detail:
      kind === 'database-corrupt'
        ? `Den beskadigede fil bliver ikke slettet: den gemmes ved siden af, hvis du gendanner.\nDatamappe: ${dataDir}`
        : `Opdatér Referent for at kunne skrive i databasen igen.\nDatamappe: ${dataDir}`,
    buttons,
    actions,
    defaultId: 0,
    cancelId: buttons.length - 1,
  };
}
