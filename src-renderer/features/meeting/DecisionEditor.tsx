import { useEffect, useMemo, useRef, type KeyboardEvent } from 'react';
import type { MeetingSubItem } from '../../../src-main/shared/domain/meeting';
import type { Outcome } from '../../../src-main/shared/meetingFile/types';
import type { RichDoc } from '../../../src-main/shared/richText/proseMirror';
import { useI18n } from '../../i18n/I18nContext';
import { RichField } from '../editor/RichField';
import { useMeeting } from './MeetingContext';
import { useSectionAwake } from './sectionAwake';
import { shortDanishDate } from '../../../src-main/shared/format/danishDate';

import { outcomeKeys } from '../../../src-main/shared/api/outcomeKeys';

export function DecisionEditor({ item }: { item: MeetingSubItem }) {
  const { meeting, client, change, saves, readOnly } = useMeeting();
  const { t } = useI18n();
  const d = item.decision;
  const setOutcome = (outcome: Outcome) => change(() => client.call('decisions.update', { meetingId: meeting.id, itemId: item.id, patch: { outcome } }));
  const onKey = (e: KeyboardEvent) => {
    const n = Number(e.key);
    if (readOnly || e.altKey || e.ctrlKey || !(n >= 1 && n <= outcomeKeys.length)) return;
    e.preventDefault();
    void setOutcome(outcomeKeys[n - 1]!);
  };
  const names = () => meeting.people.map((p) => p.name);
  const votes = d?.votes ?? null;
  const setVotes = (key: 'for' | 'against' | 'abstain', value: string) => {
    const next = { for: votes?.for ?? 0, against: votes?.against ?? 0, abstain: votes?.abstain ?? 0, [key]: Math.max(0, Number(value) || 0) };
    saves.schedule(`decision.${item.id}.votes`, () => client.call('decisions.update', { meetingId: meeting.id, itemId: item.id, patch: { votes: next } }));
  };

  // Asleep (sectionAwake.ts) every control is its text, and the RichField keeps its place among
  // the children, so waking does not remount an editor.
  const awake = useSectionAwake();

  return (
    <div className="decision" data-section="decision">
      <div className="field-label">{t('decision.heading')}</div>
      {!awake ? <p className="dormant-facts">{d?.outcome ? t(`outcome.${d.outcome}`) : ''}</p> : <div role="radiogroup" aria-label={t('decision.outcome')} className="chips" onKeyDown={onKey}>
        {outcomeKeys.map((o, i) => (
          <label key={o} className={`chip ${d?.outcome === o ? 'on' : ''}`}>
            <input type="radio" name={`outcome-${item.id}`} value={o} checked={d?.outcome === o} disabled={readOnly} onChange={() => void setOutcome(o)} data-outcome-key={i + 1} />
            <span aria-hidden="true" className="key">
              {i + 1}
            </span>
            {t(`outcome.${o}`)}
          </label>
        ))}
      </div>}
      <RichField
        fieldId={`decision-${item.id}`}
        label={t('decision.text')}
        value={d?.text ?? null}
        readOnly={readOnly}
        names={names}
        onChange={(doc: RichDoc) => saves.schedule(`decision.${item.id}.text`, () => client.call('decisions.update', { meetingId: meeting.id, itemId: item.id, patch: { text: doc } }))}
      />
      {d?.outcome === 'postponed' && !awake && <p className="dormant-facts">{`${t('decision.postponedTo')} ${d.postponedTo ? shortDanishDate(d.postponedTo) : ''}`}</p>}
      {d?.outcome === 'postponed' && awake && (
        <label className="text-field">
          {t('decision.postponedTo')}
          <input
            id={`postponed-${item.id}`}
            type="date"
            defaultValue={d.postponedTo ?? ''}
            readOnly={readOnly}
            onChange={(e) => {
              const v = e.target.value;
              if (v === '' || /^\d{4}-\d{2}-\d{2}$/.test(v)) saves.schedule(`decision.${item.id}.postponedTo`, () => client.call('decisions.update', { meetingId: meeting.id, itemId: item.id, patch: { postponedTo: v || null } }));
            }}
          />
        </label>
      )}
      {!awake ? (
        votes && <p className="dormant-facts">{`${t('decision.votes')}: ${(['for', 'against', 'abstain'] as const).map((k) => `${t(`decision.votes.${k}`)} ${votes[k]}`).join(', ')}`}</p>
      ) : <fieldset className="votes">
        <legend>{t('decision.votes')}</legend>
        {(['for', 'against', 'abstain'] as const).map((k) => (
          <label key={k}>
            {t(`decision.votes.${k}`)}
            <input type="number" min={0} defaultValue={votes ? votes[k] : ''} readOnly={readOnly} onChange={(e) => setVotes(k, e.target.value)} />
          </label>
        ))}
      </fieldset>}
      <DissentList item={item} />
    </div>
  );
}

function DissentList({ item }: { item: MeetingSubItem }) {
  const { meeting, client, change, saves, readOnly } = useMeeting();
  const { t } = useI18n();
  const list = useMemo(() => item.decision?.dissent ?? [], [item.decision]);
  // What is being typed into the dissents: each save writes them all, with every field's latest text.
  const typed = useRef(list);
  useEffect(() => {
    typed.current = list;
  }, [list]);
  const awake = useSectionAwake();
  const write = (next: typeof list) => client.call('decisions.update', { meetingId: meeting.id, itemId: item.id, patch: { dissent: next.map((x) => ({ personIds: x.personIds, text: x.text ?? { type: 'doc', content: [] } })) } });
  return (
    <div className="dissent">
      <div className="field-label">{t('dissent.heading')}</div>
      {list.map((x, i) => (
        <div key={i} className="dissent-row">
          {!awake ? <p className="dormant-facts">{x.personIds.map((id) => meeting.people.find((p) => p.id === id)?.name ?? id).join(', ')}</p> : <label>
            {t('dissent.who')}
            <select
              defaultValue={x.personIds[0] ?? ''}
              disabled={readOnly}
              onChange={(e) => void change(() => write(list.map((y, j) => (j === i ? { ...y, personIds: [e.target.value] } : y))))}
            >
              {meeting.people.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name}
                </option>
              ))}
            </select>
          </label>}
          <RichField
            fieldId={`dissent-${item.id}-${i}`}
            label={t('dissent.text')}
            value={x.text ?? null}
            readOnly={readOnly}
            onChange={(doc) => {
              typed.current = typed.current.map((y, j) => (j === i ? { ...y, text: doc } : y));
              saves.schedule(`dissent.${item.id}`, () => write(typed.current));
            }}
          />
          {awake && <button type="button" disabled={readOnly} onClick={() => void change(() => write(list.filter((_, j) => j !== i)))}>
            {t('dissent.remove')}
          </button>}
        </div>
      ))}
      {awake && !readOnly && meeting.people.length > 0 && (
        <button type="button" onClick={() => void change(() => write([...list, { personIds: [meeting.people[0]!.id], text: null }]))}>
          {t('dissent.add')}
        </button>
      )}
    </div>
  );
}
