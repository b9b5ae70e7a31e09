import { useState } from 'react';
import type { MeetingSubItem } from '../../../src-main/shared/domain/meeting';
import { useI18n } from '../../i18n/I18nContext';
import { useMeeting } from './MeetingContext';
import { useSectionAwake } from './sectionAwake';
import { shortDanishDate } from '../../../src-main/shared/format/danishDate';

/** Opfølgning: what, who (a person of the meeting or a free name), by when, done. */
export function ActionsEditor({ item }: { item: MeetingSubItem }) {
  const { meeting, client, change, saves, readOnly } = useMeeting();
  const { t } = useI18n();
  const [text, setText] = useState('');
  const update = (actionId: string, key: string, patch: Record<string, unknown>, now = false) => {
    const run = () => client.call('actions.update', { meetingId: meeting.id, actionId, patch });
    if (now) void change(run);
    else saves.schedule(`action.${actionId}.${key}`, run);
  };
  const add = async () => {
    if (!text.trim()) return;
    if (await change(() => client.call('actions.add', { meetingId: meeting.id, itemId: item.id, text }))) setText('');
  };
  const awake = useSectionAwake();
  if (!awake) return <DormantActions item={item} />;
  return (
    <div className="actions-editor" data-section="actions">
      <div className="field-label">{t('actions.heading')}</div>
      {item.actions.length > 0 && (
        <ul className="action-list">
          {item.actions.map((a) => {
            const owner = a.ownerId ?? (a.ownerName ? `free:${a.ownerName}` : '');
            return (
              <li key={a.id} className="action-row">
                <input aria-label={t('actions.text')} defaultValue={a.text} readOnly={readOnly} onChange={(e) => e.target.value.trim() && update(a.id, 'text', { text: e.target.value })} />
                <select
                  aria-label={t('actions.owner')}
                  defaultValue={owner.startsWith('free:') ? '__free' : owner}
                  disabled={readOnly}
                  onChange={(e) => {
                    const v = e.target.value;
                    if (v === '__free') return;
                    update(a.id, 'owner', { ownerId: v || null, ownerName: null }, true);
                  }}
                >
                  <option value="">{t('actions.noOwner')}</option>
                  {meeting.people.map((p) => (
                    <option key={p.id} value={p.id}>
                      {p.name}
                    </option>
                  ))}
                  <option value="__free">{t('actions.freeOwner')}</option>
                </select>
                <input
                  aria-label={t('actions.ownerName')}
                  placeholder={t('actions.ownerNamePlaceholder')}
                  defaultValue={a.ownerName ?? ''}
                  readOnly={readOnly}
                  onChange={(e) => update(a.id, 'ownerName', { ownerName: e.target.value, ownerId: null })}
                />
                <input type="date" aria-label={t('actions.due')} defaultValue={a.due ?? ''} readOnly={readOnly} onChange={(e) => update(a.id, 'due', { due: e.target.value || null })} />
                <label className="check">
                  <input type="checkbox" checked={!!a.done} disabled={readOnly} onChange={(e) => update(a.id, 'done', { done: e.target.checked }, true)} />
                  {t('actions.done')}
                </label>
                <button type="button" disabled={readOnly} onClick={() => void change(() => client.call('actions.delete', { meetingId: meeting.id, actionId: a.id }))}>
                  {t('actions.delete')}
                </button>
              </li>
            );
          })}
        </ul>
      )}
      {!readOnly && (
        <form
          className="inline-form"
          onSubmit={(e) => {
            e.preventDefault();
            void add();
          }}
        >
          <input id={`new-action-${item.id}`} aria-label={t('actions.new')} placeholder={t('actions.newPlaceholder')} value={text} onChange={(e) => setText(e.target.value)} />
          <button type="submit">{t('actions.add')}</button>
        </form>
      )}
    </div>
  );
}

/** The follow-ups as text while the section sleeps (sectionAwake.ts). */
function DormantActions({ item }: { item: MeetingSubItem }) {
  const { meeting } = useMeeting();
  const { t } = useI18n();
  if (item.actions.length === 0) return null;
  const owner = (a: MeetingSubItem['actions'][number]) => (a.ownerId ? meeting.people.find((p) => p.id === a.ownerId)?.name : a.ownerName) || '';
  return (
    <div className="actions-editor" data-section="actions">
      <div className="field-label">{t('actions.heading')}</div>
      <ul className="dormant-list">
        {item.actions.map((a) => (
          <li key={a.id}>{[a.text, owner(a), a.due && `${t('actions.due')} ${shortDanishDate(a.due)}`, a.done && t('actions.done')].filter(Boolean).join(' · ')}</li>
        ))}
      </ul>
    </div>
  );
}
