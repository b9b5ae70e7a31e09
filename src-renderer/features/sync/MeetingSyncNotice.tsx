import { useEffect, useState } from 'react';
import { useClient } from '../../api/ClientContext';
import { useI18n } from '../../i18n/I18nContext';

/**
 * On the meeting screen: this meeting came in from the shared drive while it was open (shown when
 * the referent chooses, so nothing moves under the caret), or it is in conflict (resolved under
 * «Fælles drev»).
 */
export function MeetingSyncNotice({ meetingId, onShowNew }: { meetingId: string; onShowNew(): Promise<void> }) {
  const client = useClient();
  const { t } = useI18n();
  const [updated, setUpdated] = useState(false);
  const [inConflict, setInConflict] = useState(false);

  useEffect(() => {
    const check = () => {
      client
        .call('sync.conflicts', {})
        .then((list) => setInConflict(list.some((c) => c.meetingId === meetingId)))
        .catch(() => undefined);
    };
    check();
    let conflicts = -1;
    const offStatus = client.on('sync.status', (s) => {
      if (s.conflicts !== conflicts) check();
      conflicts = s.conflicts;
    });
    const offUpdated = client.on('sync.meetingUpdated', (e) => e.meetingId === meetingId && setUpdated(true));
    return () => {
      offStatus();
      offUpdated();
    };
  }, [client, meetingId]);

  if (!updated && !inConflict) return null;
  return (
    <div className="toast sync-notice" role="status">
      {inConflict ? (
        <>
          {t('sync.meetingInConflict')} <a href="#/drev">{t('sync.heading')}</a>
        </>
      ) : (
        <>
          {t('sync.meetingUpdated')}{' '}
          <button type="button" onClick={() => void onShowNew().then(() => setUpdated(false))}>
            {t('sync.showNew')}
          </button>
        </>
      )}
    </div>
  );
}
