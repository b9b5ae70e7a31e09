import { useCallback, useEffect, useRef, useState } from 'react';
import { useClient } from '../../api/ClientContext';
import { useI18n } from '../../i18n/I18nContext';
import type { SyncConflict } from '../../../src-main/shared/sync/types';
import { danishDayAndTime } from '../signing/danishTime';
import { errorText } from '../signing/errorText';
import { ConflictResolver } from './ConflictResolver';
import { SyncFolderForm } from './SyncFolderForm';
import { useSyncStatus } from './useSyncStatus';

/** «Fælles drev»: the folder, how the last round went, what waits, problems and conflicts, in plain Danish. */
export function SyncPanel() {
  const client = useClient();
  const { t } = useI18n();
  const [status, setStatus] = useSyncStatus(client);
  const [conflicts, setConflicts] = useState<SyncConflict[]>([]);
  const [message, setMessage] = useState<{ error: boolean; text: string } | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);

  const loadConflicts = useCallback(() => {
    client.call('sync.conflicts', {}).then(setConflicts).catch(() => setConflicts([]));
  }, [client]);
  const conflictCount = status?.conflicts ?? 0;
  useEffect(loadConflicts, [loadConflicts, conflictCount]);
  useEffect(() => {
    // The top bar's status links here.
    const focus = () => window.location.hash === '#/drev' && heading.current?.focus();
    focus();
    window.addEventListener('hashchange', focus);
    return () => window.removeEventListener('hashchange', focus);
  }, []);

  const runNow = async () => {
    setMessage(null);
    try {
      const { report, status: after } = await client.call('sync.run', {});
      setStatus(after);
      if (report) setMessage({ error: false, text: t('sync.report', { pushed: report.pushed, pulled: report.pulled, conflicts: report.conflicts, failed: report.failed }) });
      loadConflicts();
    } catch (e) {
      setMessage({ error: true, text: errorText(e) });
    }
  };

  if (!status) return null;
  return (
    <section className="card" aria-labelledby="sync-heading">
      <h2 id="sync-heading" ref={heading} tabIndex={-1}>
        {t('sync.heading')}
      </h2>
      <SyncFolderForm key={status.folder ?? ''} status={status} onChanged={setStatus} />
      {status.folder && (
        <>
          <dl className="sync-facts">
            <dt>{t('sync.lastSyncLabel')}</dt>
            <dd>{status.lastSyncAt ? danishDayAndTime(status.lastSyncAt) : t('sync.never')}</dd>
            <dt>{t('sync.pendingLabel')}</dt>
            <dd>{status.pending === 0 ? t('sync.nonePending') : status.pending === 1 ? t('sync.onePending') : t('sync.pending', { n: status.pending })}</dd>
            {status.lastReport && (
              <>
                <dt>{t('sync.lastRoundLabel')}</dt>
                <dd>{t('sync.report', { ...status.lastReport })}</dd>
              </>
            )}
          </dl>
          {status.running && status.progress && (
            <p>
              <label>
                {t('sync.progress', { done: status.progress.done, total: status.progress.total })}{' '}
                <progress max={status.progress.total} value={status.progress.done} />
              </label>
            </p>
          )}
          {status.problem && (
            <p className="error" role="alert">
              {status.problem.message}
            </p>
          )}
          {status.warnings.length > 0 && (
            <ul className="sync-warnings">
              {status.warnings.map((w) => (
                <li key={w}>{w}</li>
              ))}
            </ul>
          )}
          <button type="button" onClick={() => void runNow()} disabled={status.running}>
            {status.running ? t('sync.running') : t('sync.runNow')}
          </button>
          {conflicts.length > 0 && (
            <>
              <h3>{t('sync.conflictsHeading')}</h3>
              <p>{t('sync.conflictsHelp')}</p>
              <ul className="sync-conflicts">
                {conflicts.map((c) => (
                  <ConflictResolver
                    key={`${c.meetingId}-${c.detectedAt}`}
                    conflict={c}
                    onResolved={(text) => {
                      setMessage({ error: false, text });
                      loadConflicts();
                    }}
                  />
                ))}
              </ul>
            </>
          )}
        </>
      )}
      {message && (
        <p className={message.error ? 'error' : 'status'} role={message.error ? 'alert' : 'status'}>
          {message.text}
        </p>
      )}
    </section>
  );
}
