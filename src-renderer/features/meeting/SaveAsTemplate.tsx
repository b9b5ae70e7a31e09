import { useState } from 'react';
import { useI18n } from '../../i18n/I18nContext';
import { useMeeting } from './MeetingContext';

/** "Gem som skabelon": the meeting's agenda and header defaults as a named template. */
export function SaveAsTemplate() {
  const { meeting, client, announce } = useMeeting();
  const { t } = useI18n();
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);
  return (
    <details className="save-template">
      <summary>{t('templates.saveAs')}</summary>
      <form
        className="inline-form"
        onSubmit={(e) => {
          e.preventDefault();
          client
            .call('templates.fromMeeting', { meetingId: meeting.id, name })
            .then((tp) => {
              setError(null);
              setName('');
              announce(t('templates.saved', { name: tp.name }));
            })
            .catch((err: Error) => setError(err.message));
        }}
      >
        <label>
          {t('templates.name')}
          <input value={name} onChange={(e) => setName(e.target.value)} required />
        </label>
        <button type="submit">{t('templates.save')}</button>
        {error && (
          <span className="error" role="alert">
            {error}
          </span>
        )}
      </form>
    </details>
  );
}
