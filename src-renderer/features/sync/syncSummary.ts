import type { SyncStatus } from '../../../src-main/shared/sync/types';
import type { MessageKey } from '../../i18n/da';
import { danishDayAndTime } from '../signing/danishTime';

type T = (key: MessageKey, vars?: Record<string, string | number>) => string;

/** One line for the top bar: the most pressing thing first (conflicts, a drive problem, what waits, then all well). */
export function syncSummary(s: SyncStatus, t: T): { text: string; tone: 'ok' | 'busy' | 'warn' } | null {
  if (!s.folder) return null;
  if (s.conflicts > 0) return { text: s.conflicts === 1 ? t('sync.oneConflict') : t('sync.conflicts', { n: s.conflicts }), tone: 'warn' };
  if (s.running && s.progress && s.progress.total > 5) return { text: t('sync.progress', { done: s.progress.done, total: s.progress.total }), tone: 'busy' };
  const waiting = s.pending === 1 ? t('sync.onePending') : t('sync.pending', { n: s.pending });
  if (s.problem) return { text: s.pending > 0 ? waiting : t('sync.problemShort'), tone: 'warn' };
  if (s.pending > 0) return { text: waiting, tone: 'busy' };
  if (s.lastSyncAt) return { text: t('sync.lastSync', { at: danishDayAndTime(s.lastSyncAt) }), tone: 'ok' };
  return { text: t('sync.notYet'), tone: 'busy' };
}
