import { useState } from 'react';
import { useI18n } from '../../i18n/I18nContext';
import { useMeeting } from '../meeting/MeetingContext';
import { errorText } from './errorText';

/**
 * «Genåbn» in two steps: reopening changes what the signed file means (it becomes superseded),
 * so the person is told what happens before it does.
 */
export function ReopenConfirm() {
  const { meeting, client, change, announce } = useMeeting();
  const { t } = useI18n();
  const [asking, setAsking] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const reopen = async () => {
    setError(null);
    try {
      await client.call('meetings.reopen', { meetingId: meeting.id });
      setAsking(false);
      // change() re-reads the meeting, so the status and the new item «Tilføjelse» show.
      await change(() => Promise.resolve());
      announce(t('signing.reopened'));
    } catch (e) {
      setError(errorText(e));
    }
  };

  return (
    <div className="reopen">
      {asking ? (
        <div role="group" aria-labelledby="reopen-question">
          <p id="reopen-question">{t('signing.reopenQuestion')}</p>
          <button type="button" onClick={() => void reopen()}>
            {t('signing.reopenConfirm')}
          </button>{' '}
          <button type="button" onClick={() => setAsking(false)}>
            {t('signing.cancel')}
          </button>
        </div>
      ) : (
        <button type="button" onClick={() => setAsking(true)}>
          {t('signing.reopen')}
        </button>
      )}
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
    </div>
  );
}
