import { useState } from 'react';
import type { MeetingSubItem } from '../../../src-main/shared/domain/meeting';
import { absenceReasons, type AbsenceReason } from '../../../src-main/shared/meetingFile/types';
import { useI18n } from '../../i18n/I18nContext';
import { useMeeting } from './MeetingContext';
import { useSectionAwake } from './sectionAwake';

/** Fravær under punktet: someone present at the meeting who did not take part in this item. */
export function AbsencesEditor({ item }: { item: MeetingSubItem }) {
  const { meeting, client, change, readOnly } = useMeeting();
  const { t } = useI18n();
  const present = meeting.people.filter((p) => p.attendance === 'present');
  const [personId, setPersonId] = useState('');
  const [reason, setReason] = useState<AbsenceReason>('inhabil');
  const name = (id: string) => meeting.people.find((p) => p.id === id)?.name ?? id;
  const set = (pid: string, r: AbsenceReason) => change(() => client.call('absences.set', { meetingId: meeting.id, itemId: item.id, personId: pid, reason: r }));
  const remove = (pid: string, r: AbsenceReason) => change(() => client.call('absences.remove', { meetingId: meeting.id, itemId: item.id, personId: pid, reason: r }));
  // Asleep (sectionAwake.ts): the sentences alone, no form.
  const awake = useSectionAwake();
  if (!awake && item.absent.length === 0) return null;
  return (
    <div className="absences" data-section="absences">
      <div className="field-label">{t('absences.heading')}</div>
      {item.absent.length > 0 && (
        <ul>
          {item.absent.map((a) => (
            <li key={`${a.personId} ${a.reason}`}>
              {t('absences.sentence', { name: name(a.personId), reason: t(`absence.${a.reason}`) })}{' '}
              {awake && <button type="button" disabled={readOnly} onClick={() => void remove(a.personId, a.reason)}>
                {t('absences.remove')}
              </button>}
            </li>
          ))}
        </ul>
      )}
      {awake && !readOnly && (
        <form
          className="inline-form"
          onSubmit={(e) => {
            e.preventDefault();
            if (personId) void set(personId, reason).then(() => setPersonId(''));
          }}
        >
          <select id={`absence-person-${item.id}`} aria-label={t('absences.person')} value={personId} onChange={(e) => setPersonId(e.target.value)}>
            <option value="">{t('absences.choosePerson')}</option>
            {present.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </select>
          <select aria-label={t('absences.reason')} value={reason} onChange={(e) => setReason(e.target.value as AbsenceReason)}>
            {absenceReasons.map((r) => (
              <option key={r} value={r}>
                {t(`absence.${r}`)}
              </option>
            ))}
          </select>
          <button type="submit">{t('absences.add')}</button>
        </form>
      )}
    </div>
  );
}
