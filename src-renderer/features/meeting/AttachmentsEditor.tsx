import type { MeetingSubItem } from '../../../src-main/shared/domain/meeting';
import { useI18n } from '../../i18n/I18nContext';
import { useMeeting } from './MeetingContext';
import { useSectionAwake } from './sectionAwake';

/** Reads a chosen file as base64 (the contract carries bytes as base64). */
function readAsBase64(file: File): Promise<string> {
  return new Promise((ok, no) => {
    const r = new FileReader();
    r.onload = () => ok(String(r.result).replace(/^data:[^,]*,/, ''));
    r.onerror = () => no(r.error ?? new Error('read failed'));
    r.readAsDataURL(file);
  });
}

/** Bilag: add a file, its title, reference (dokumentnummer) and åben/lukket. */
export function AttachmentsEditor({ item }: { item: MeetingSubItem }) {
  const { meeting, client, change, saves, readOnly } = useMeeting();
  const { t } = useI18n();
  const onFile = async (file: File | undefined) => {
    if (!file) return;
    const dataBase64 = await readAsBase64(file);
    await change(() => client.call('attachments.add', { meetingId: meeting.id, itemId: item.id, title: file.name.replace(/\.[^.]+$/, ''), fileName: file.name, dataBase64 }));
  };
  const awake = useSectionAwake();
  if (!awake) return <DormantAttachments item={item} />;
  return (
    <div className="attachments" data-section="attachments">
      <div className="field-label">{t('attachments.heading')}</div>
      {item.attachments.length > 0 && (
        <ul>
          {item.attachments.map((a) => (
            <li key={a.id} className="attachment-row">
              <input aria-label={t('attachments.title')} defaultValue={a.title} readOnly={readOnly} onChange={(e) => e.target.value.trim() && saves.schedule(`att.${a.id}.title`, () => client.call('attachments.update', { meetingId: meeting.id, attachmentId: a.id, patch: { title: e.target.value } }))} />
              <input aria-label={t('attachments.reference')} placeholder={t('attachments.reference')} defaultValue={a.reference ?? ''} readOnly={readOnly} onChange={(e) => saves.schedule(`att.${a.id}.ref`, () => client.call('attachments.update', { meetingId: meeting.id, attachmentId: a.id, patch: { reference: e.target.value } }))} />
              <select aria-label={t('attachments.access')} defaultValue={a.access ?? 'open'} disabled={readOnly} onChange={(e) => void change(() => client.call('attachments.update', { meetingId: meeting.id, attachmentId: a.id, patch: { access: e.target.value as 'open' | 'closed' } }))}>
                <option value="open">{t('access.open')}</option>
                <option value="closed">{t('access.closed')}</option>
              </select>
              {a.file && <span className="muted">{a.file}</span>}
              <button type="button" disabled={readOnly} onClick={() => void change(() => client.call('attachments.remove', { meetingId: meeting.id, attachmentId: a.id }))}>
                {t('attachments.remove')}
              </button>
            </li>
          ))}
        </ul>
      )}
      {!readOnly && (
        <label className="file-pick">
          {t('attachments.add')}
          <input type="file" onChange={(e) => void onFile(e.target.files?.[0])} />
        </label>
      )}
    </div>
  );
}

/** The attachments as text while the section sleeps (sectionAwake.ts). */
function DormantAttachments({ item }: { item: MeetingSubItem }) {
  const { t } = useI18n();
  if (item.attachments.length === 0) return null;
  return (
    <div className="attachments" data-section="attachments">
      <div className="field-label">{t('attachments.heading')}</div>
      <ul className="dormant-list">
        {item.attachments.map((a) => (
          <li key={a.id}>{[a.title, a.reference, a.access === 'closed' && t('access.closed'), a.file].filter(Boolean).join(' · ')}</li>
        ))}
      </ul>
    </div>
  );
}
