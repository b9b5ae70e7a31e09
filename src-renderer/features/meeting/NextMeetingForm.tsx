import { useRef, useState } from 'react';
import { navigate } from '../../app/useRoute';
import type { NextMeeting } from '../../../src-main/shared/meetingFile/types';
import { useI18n } from '../../i18n/I18nContext';
import { useMeeting } from './MeetingContext';
import { TextField } from './TextField';

/** Næste møde: date, times, place, host, note. */
export function NextMeetingForm() {
  const { meeting, client, saves, readOnly } = useMeeting();
  const { t } = useI18n();
  const current = useRef<NextMeeting>({ ...(meeting.nextMeeting ?? {}) });
  const set = (key: keyof NextMeeting, value: string) => {
    const valid = key === 'date' ? value === '' || /^\d{4}-\d{2}-\d{2}$/.test(value) : true;
    if (!valid) return;
    current.current = { ...current.current, [key]: value === '' ? null : value };
    const next = current.current;
    saves.schedule('nextMeeting', () => client.call('meetings.setNextMeeting', { meetingId: meeting.id, nextMeeting: next as never }));
  };
  const n = meeting.nextMeeting ?? {};
  const [error, setError] = useState<string | null>(null);
  const createNext = async () => {
    try {
      await saves.flush();
      const { id } = await client.call('meetings.createNext', { meetingId: meeting.id });
      navigate({ name: 'meeting', id });
    } catch (e) {
      setError((e as Error).message);
    }
  };
  return (
    <section className="card" aria-labelledby="next-heading">
      <h2 id="next-heading">{t('next.heading')}</h2>
      <div className="grid-2">
        <TextField id="next-date" type="date" label={t('next.date')} value={n.date} readOnly={readOnly} onText={(v) => set('date', v)} />
        <TextField id="next-start" type="time" label={t('next.start')} value={n.startTime} readOnly={readOnly} onText={(v) => set('startTime', v)} />
        <TextField id="next-end" type="time" label={t('next.end')} value={n.endTime} readOnly={readOnly} onText={(v) => set('endTime', v)} />
        <TextField id="next-location" label={t('next.location')} value={n.location} readOnly={readOnly} onText={(v) => set('location', v)} />
        <TextField id="next-host" label={t('next.host')} value={n.host} readOnly={readOnly} onText={(v) => set('host', v)} />
        <TextField id="next-note" className="wide" label={t('next.note')} value={n.note} readOnly={readOnly} onText={(v) => set('note', v)} />
      </div>
      <p className="hint">{t('next.createHint')}</p>
      <button type="button" className="primary" onClick={() => void createNext()}>
        {t('next.create')}
      </button>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
