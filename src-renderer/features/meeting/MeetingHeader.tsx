import type { MethodArgs } from '../../../src-main/shared/api/contract';
import { documentKinds } from '../../../src-main/shared/meetingFile/types';
import type { RichDoc } from '../../../src-main/shared/richText/proseMirror';
import { useI18n } from '../../i18n/I18nContext';
import { RichField } from '../editor/RichField';
import { useMeeting } from './MeetingContext';
import { TextField } from './TextField';

type HeaderPatch = MethodArgs<'meetings.updateHeader'>['patch'];

/** Mødeoplysninger: title, kind, date, times, place, joint bodies, preamble. */
export function MeetingHeader() {
  const { meeting, client, saves, readOnly } = useMeeting();
  const { t } = useI18n();
  const save = (key: keyof HeaderPatch, patch: HeaderPatch, valid = true) => {
    if (!valid) return;
    saves.schedule(`header.${key}`, () => client.call('meetings.updateHeader', { meetingId: meeting.id, patch }));
  };
  const time = (v: string) => (v === '' ? null : v);
  return (
    <section className="card meeting-header" aria-labelledby="facts-heading">
      <h2 id="facts-heading">{t('meeting.facts')}</h2>
      <div className="grid-2">
        <TextField id="meeting-title" className="wide" label={t('meeting.title')} value={meeting.title} readOnly={readOnly} maxLength={500} onText={(v) => save('title', { title: v }, v.trim() !== '')} />
        <div className="text-field">
          <label htmlFor="meeting-kind">{t('meeting.kind')}</label>
          <select id="meeting-kind" defaultValue={meeting.documentKind} disabled={readOnly} onChange={(e) => save('documentKind', { documentKind: e.target.value as (typeof documentKinds)[number] })}>
            {documentKinds.map((k) => (
              <option key={k} value={k}>
                {t(`kind.${k}`)}
              </option>
            ))}
          </select>
        </div>
        <TextField id="meeting-date" type="date" label={t('meeting.date')} value={meeting.date} readOnly={readOnly} onText={(v) => save('date', { date: v }, /^\d{4}-\d{2}-\d{2}$/.test(v))} />
        <TextField id="meeting-start" type="time" label={t('meeting.start')} value={meeting.startTime} readOnly={readOnly} onText={(v) => save('startTime', { startTime: time(v) })} />
        <TextField id="meeting-end" type="time" label={t('meeting.end')} value={meeting.endTime} readOnly={readOnly} onText={(v) => save('endTime', { endTime: time(v) })} />
        <TextField id="meeting-location" className="wide" label={t('meeting.location')} value={meeting.location} readOnly={readOnly} placeholder={t('meeting.locationPlaceholder')} onText={(v) => save('location', { location: v })} />
        <TextField
          id="meeting-joint"
          className="wide"
          label={t('meeting.jointBodies')}
          value={meeting.jointBodies.join('; ')}
          readOnly={readOnly}
          placeholder={t('meeting.jointBodiesPlaceholder')}
          onText={(v) => save('jointBodies', { jointBodies: v.split(';').map((s) => s.trim()).filter(Boolean) })}
        />
      </div>
      <RichField
        fieldId="meeting-preamble"
        label={t('meeting.preamble')}
        value={meeting.preamble ?? null}
        readOnly={readOnly}
        onChange={(doc: RichDoc) => saves.schedule('header.preamble', () => client.call('meetings.updateHeader', { meetingId: meeting.id, patch: { preamble: doc } }))}
      />
    </section>
  );
}
