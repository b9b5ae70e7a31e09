import type { MeetingSubItem } from '../../../src-main/shared/domain/meeting';
import { useI18n } from '../../i18n/I18nContext';
import { RichField } from '../editor/RichField';
import { useMeeting } from './MeetingContext';

/** Bordet rundt: one entry per person present, in attendance order (and anyone who already has one). */
export function RoundTable({ item }: { item: MeetingSubItem }) {
  const { meeting, client, saves, readOnly } = useMeeting();
  const { t } = useI18n();
  const entries = new Map(item.roundTable.map((e) => [e.personId, e.text]));
  const people = meeting.people.filter((p) => p.attendance === 'present' || entries.has(p.id));
  const names = () => meeting.people.map((p) => p.name);
  return (
    <div className="round-table" data-section="roundTable">
      <div className="field-label">{t('roundTable.heading')}</div>
      {people.length === 0 && <p className="hint">{t('roundTable.nobody')}</p>}
      {people.map((p) => (
        <RichField
          key={p.id}
          fieldId={`rt-${item.id}-${p.id}`}
          label={`${p.name}${p.organisation ? `, ${p.organisation}` : p.title ? `, ${p.title}` : ''}`}
          value={entries.get(p.id) ?? null}
          readOnly={readOnly}
          names={names}
          onChange={(doc) => saves.schedule(`rt.${item.id}.${p.id}`, () => client.call('roundTable.set', { meetingId: meeting.id, itemId: item.id, personId: p.id, text: doc }))}
        />
      ))}
    </div>
  );
}
