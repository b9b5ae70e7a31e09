import { useRef, useState, type KeyboardEvent } from 'react';
import type { Attendance, Person } from '../../../src-main/shared/meetingFile/types';
import { useI18n } from '../../i18n/I18nContext';
import { useMeeting } from './MeetingContext';

const choices: { value: Attendance; key: string }[] = [
  { value: 'present', key: 't' },
  { value: 'notified-absence', key: 'a' },
  { value: 'absent', key: 'f' },
];

/** Fremmøde: til stede / afbud / fraværende, one keystroke each (T, A, F), notes, referent, stand-ins, guests. */
export function AttendancePanel() {
  const { meeting, client, change, saves, readOnly } = useMeeting();
  const { t } = useI18n();
  const [guest, setGuest] = useState({ name: '', organisation: '' });
  const guestName = useRef<HTMLInputElement>(null);

  const setAttendance = (p: Person, attendance: Attendance) =>
    change(() => client.call('people.update', { meetingId: meeting.id, personId: p.id, patch: { attendance } }));

  const onKey = (p: Person) => (e: KeyboardEvent) => {
    const hit = choices.find((c) => c.key === e.key.toLowerCase());
    if (!hit || e.altKey || e.ctrlKey || e.metaKey || readOnly) return;
    e.preventDefault();
    void setAttendance(p, hit.value);
  };

  const addGuest = async () => {
    if (!guest.name.trim()) return;
    const ok = await change(() =>
      client.call('people.add', { meetingId: meeting.id, person: { name: guest.name, organisation: guest.organisation, role: 'guest', attendance: 'present' } }),
    );
    if (ok) {
      setGuest({ name: '', organisation: '' });
      guestName.current?.focus();
    }
  };

  return (
    <section className="card attendance" aria-labelledby="attendance-heading">
      <div className="section-head">
        <h2 id="attendance-heading">{t('attendance.heading')}</h2>
        <button type="button" disabled={readOnly} onClick={() => void change(() => client.call('people.allPresent', { meetingId: meeting.id }))}>
          {t('attendance.allPresent')}
        </button>
      </div>
      <p className="hint">{t('attendance.hint')}</p>
      <table className="attendance-table">
        <thead>
          <tr>
            <th scope="col">{t('attendance.person')}</th>
            <th scope="col">{t('attendance.status')}</th>
            <th scope="col">{t('attendance.note')}</th>
            <th scope="col">{t('attendance.referent')}</th>
            <th scope="col">{t('attendance.substituteFor')}</th>
          </tr>
        </thead>
        <tbody>
          {meeting.people.map((p) => (
            <tr key={p.id}>
              <th scope="row">
                <span className="person-name">{p.name}</span>
                {(p.organisation || p.title) && <span className="muted"> · {p.organisation ?? p.title}</span>}
                {p.role && p.role !== 'member' && <span className="badge">{t(`role.${p.role}`)}</span>}
              </th>
              <td>
                <div role="radiogroup" aria-label={t('attendance.statusFor', { name: p.name })} className="chips" onKeyDown={onKey(p)}>
                  {choices.map((c) => (
                    <label key={c.value} className={`chip ${p.attendance === c.value ? 'on' : ''}`}>
                      <input
                        type="radio"
                        name={`att-${p.id}`}
                        value={c.value}
                        checked={p.attendance === c.value}
                        disabled={readOnly}
                        onChange={() => void setAttendance(p, c.value)}
                      />
                      {t(`attendance.${c.value}`)}
                    </label>
                  ))}
                </div>
              </td>
              <td>
                <input
                  aria-label={t('attendance.noteFor', { name: p.name })}
                  defaultValue={p.attendanceNote ?? ''}
                  placeholder={t('attendance.notePlaceholder')}
                  readOnly={readOnly}
                  onChange={(e) => saves.schedule(`person.${p.id}.note`, () => client.call('people.update', { meetingId: meeting.id, personId: p.id, patch: { attendanceNote: e.target.value } }))}
                />
              </td>
              <td>
                <input
                  type="checkbox"
                  aria-label={t('attendance.referentFor', { name: p.name })}
                  checked={!!p.isReferent}
                  disabled={readOnly}
                  onChange={(e) => void change(() => client.call('people.update', { meetingId: meeting.id, personId: p.id, patch: { isReferent: e.target.checked } }))}
                />
              </td>
              <td>
                <select
                  aria-label={t('attendance.substituteForOf', { name: p.name })}
                  defaultValue={p.substituteFor ?? ''}
                  disabled={readOnly}
                  onChange={(e) => void change(() => client.call('people.update', { meetingId: meeting.id, personId: p.id, patch: { substituteFor: e.target.value || null } }))}
                >
                  <option value="">—</option>
                  {meeting.people
                    .filter((o) => o.id !== p.id)
                    .map((o) => (
                      <option key={o.id} value={o.id}>
                        {o.name}
                      </option>
                    ))}
                </select>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {!readOnly && (
        <form
          className="inline-form"
          aria-label={t('attendance.addGuest')}
          onSubmit={(e) => {
            e.preventDefault();
            void addGuest();
          }}
        >
          <label>
            {t('attendance.guestName')}
            <input ref={guestName} value={guest.name} onChange={(e) => setGuest({ ...guest, name: e.target.value })} />
          </label>
          <label>
            {t('attendance.guestOrganisation')}
            <input value={guest.organisation} onChange={(e) => setGuest({ ...guest, organisation: e.target.value })} />
          </label>
          <button type="submit">{t('attendance.addGuest')}</button>
        </form>
      )}
    </section>
  );
}
