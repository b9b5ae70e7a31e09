import { memo, useEffect, useLayoutEffect, useState } from 'react';
import type { MeetingItem, MeetingSubItem } from '../../../src-main/shared/domain/meeting';
import type { ItemField, ItemFieldPatch } from '../../../src-main/shared/api/itemsMethods';
import { itemKinds } from '../../../src-main/shared/meetingFile/types';
import type { RichDoc } from '../../../src-main/shared/richText/proseMirror';
import { useI18n } from '../../i18n/I18nContext';
import { RichField } from '../editor/RichField';
import { SectionNearContext, useSectionNear } from '../editor/useNearViewport';
import { AbsencesEditor } from './AbsencesEditor';
import { ActionsEditor } from './ActionsEditor';
import { AttachmentsEditor } from './AttachmentsEditor';
import { DecisionEditor } from './DecisionEditor';
import { useMeeting } from './MeetingContext';
import { RoundTable } from './RoundTable';
import { TextField } from './TextField';
import { useIsCurrent } from './currentItem';
import { DormantCaseFacts, DormantFacts } from './DormantFacts';
import { resumeFocus } from './focusItem';
import { SectionAwakeContext, wakeSectionEvent } from './sectionAwake';
import { restoreScrollAnchor } from './scrollAnchor';
import { setLiveTitle, useLiveTitle } from './liveTitles';

interface Props {
  item: MeetingItem | MeetingSubItem;
  number: string;
  numbers: Map<string, string>;
  parentId: string | null;
}

const isRoundTableTitle = (title: string) => /bordet rundt/i.test(title);

type ItemSectionName = 'description' | 'recommendation' | 'notes' | 'decision' | 'actions' | 'attachments';

/** A section with something in it is always shown, whatever the template said. */
function hasContent(item: MeetingSubItem, section: ItemSectionName): boolean {
  switch (section) {
    case 'decision':
      return !!item.decision;
    case 'actions':
      return item.actions.length > 0;
    case 'attachments':
      return item.attachments.length > 0;
    default:
      return !!item[section];
  }
}

/** One agenda item as the referent fills it in; sub-items nest one level. */
export const ItemSection = memo(function ItemSection({ item, number, numbers, parentId }: Props) {
  const { meeting, client, change, saves, current, readOnly } = useMeeting();
  const isCurrent = useIsCurrent(current, item.id);
  const { t } = useI18n();
  const [showRoundTable, setShowRoundTable] = useState(item.roundTable.length > 0 || isRoundTableTitle(item.title));
  const save = (patch: ItemFieldPatch) => saves.schedule(`item.${item.id}.${patch.field}`, () => client.call('items.updateField', { meetingId: meeting.id, itemId: item.id, patch }));
  const rich = (field: ItemField & ('description' | 'recommendation' | 'notes')) => (doc: RichDoc) => save({ field, value: doc } as ItemFieldPatch);
  const names = () => meeting.people.map((p) => p.name);
  const isBreak = item.kind === 'break';
  const sub = parentId !== null;
  const title = useLiveTitle(item.id, item.title);
  const headingId = `item-${item.id}-heading`;
  const hasCaseFacts = !!(item.caseNumber || item.kleNumber || item.routing || item.access === 'closed');
  const subItems = 'subItems' in item ? item.subItems : [];
  // A template may show only some sections of an item; "Vis alle felter" shows the rest.
  const [allSections, setAllSections] = useState(false);
  // Its fields become editors once Chromium renders the section (it is near the viewport).
  const [sectionRef, near] = useSectionNear<HTMLElement>();
  // Far from the viewport the section shows its facts as text, not its form (sectionAwake.ts).
  const [woken, setWoken] = useState(false);
  const awake = near || woken;
  useEffect(() => {
    const el = sectionRef.current;
    if (!el || awake) return;
    const wake = () => setWoken(true);
    el.addEventListener(wakeSectionEvent, wake);
    return () => el.removeEventListener(wakeSectionEvent, wake);
  }, [sectionRef, awake]);
  // Woken and grown: the item at the top of the view stays there (scrollAnchor.ts), then the
  // focus a shortcut asked for.
  useLayoutEffect(() => {
    if (awake) restoreScrollAnchor();
  }, [awake]);
  useEffect(() => {
    if (awake) resumeFocus(item.id);
  }, [awake, item.id]);
  const only = (item as { sections?: unknown }).sections;
  const shows = (section: ItemSectionName) => allSections || !Array.isArray(only) || only.includes(section) || hasContent(item, section);

  return (
    <SectionNearContext.Provider value={near}>
      <SectionAwakeContext.Provider value={awake}>
      <section
        ref={sectionRef}
        className={`item-section ${sub ? 'sub' : ''} ${isCurrent ? 'current' : ''}`}
        aria-labelledby={headingId}
        data-item-id={item.id}
        data-awake={awake}
        onFocus={(e) => {
          if (!awake) setWoken(true);
          // the innermost item wins: a sub-item's focus must not be claimed by its parent
          if (!e.currentTarget.parentElement?.closest('.item-section') || e.target.closest('.item-section') === e.currentTarget) current.set(item.id);
        }}
      >
        {sub ? (
          <h3 id={headingId} className="item-heading">
            <span className="item-number">{number}</span> <span className="visually-hidden">{title}</span>
          </h3>
        ) : (
          <h2 id={headingId} className="item-heading">
            <span className="item-number">{isBreak ? t('item.break') : `${number}.`}</span> <span className="visually-hidden">{title}</span>
          </h2>
        )}
        {awake ? <div className="grid-2">
          <TextField id={`item-${item.id}-title`} className="wide title-input" label={t('item.title')} value={item.title} readOnly={readOnly} onText={(v) => {
              if (!v.trim()) return;
              setLiveTitle(item.id, v);
              save({ field: 'title', value: v });
            }} />
          {!isBreak && <TextField label={t('item.subtitle')} value={item.subtitle} readOnly={readOnly} onText={(v) => save({ field: 'subtitle', value: v })} />}
          {!isBreak && <TextField label={t('item.presenter')} value={item.presenter} placeholder={t('item.presenterPlaceholder')} readOnly={readOnly} onText={(v) => save({ field: 'presenter', value: v })} />}
          <TextField type="number" label={t('item.plannedMinutes')} value={item.plannedMinutes === null || item.plannedMinutes === undefined ? '' : String(item.plannedMinutes)} readOnly={readOnly} onText={(v) => save({ field: 'plannedMinutes', value: v === '' ? null : Math.max(0, Math.round(Number(v)) || 0) })} />
          <div className="text-field">
            <label htmlFor={`item-${item.id}-kind`}>{t('item.kind')}</label>
            <select id={`item-${item.id}-kind`} defaultValue={item.kind ?? ''} disabled={readOnly} onChange={(e) => void change(() => client.call('items.updateField', { meetingId: meeting.id, itemId: item.id, patch: { field: 'kind', value: (e.target.value || null) as never } }))}>
              <option value="">—</option>
              {itemKinds.map((k) => (
                <option key={k} value={k}>
                  {t(`itemKind.${k}`)}
                </option>
              ))}
            </select>
          </div>
        </div> : <DormantFacts item={item} />}
        {!isBreak && (
          <>
            {awake ? <details className="case-facts" open={hasCaseFacts}>
              <summary>{t('item.caseFacts')}</summary>
              <div className="grid-2">
                <TextField label={t('item.caseNumber')} value={item.caseNumber} readOnly={readOnly} onText={(v) => save({ field: 'caseNumber', value: v })} />
                <TextField label={t('item.kleNumber')} value={item.kleNumber} readOnly={readOnly} onText={(v) => save({ field: 'kleNumber', value: v })} />
                <div className="text-field">
                  <label htmlFor={`item-${item.id}-access`}>{t('item.access')}</label>
                  <select id={`item-${item.id}-access`} defaultValue={item.access ?? 'open'} disabled={readOnly} onChange={(e) => void change(() => client.call('items.updateField', { meetingId: meeting.id, itemId: item.id, patch: { field: 'access', value: e.target.value as 'open' | 'closed' } }))}>
                    <option value="open">{t('access.open')}</option>
                    <option value="closed">{t('access.closed')}</option>
                  </select>
                </div>
                <TextField label={t('item.routing')} value={item.routing} readOnly={readOnly} onText={(v) => save({ field: 'routing', value: v })} />
              </div>
            </details> : hasCaseFacts && <DormantCaseFacts item={item} />}
            {shows('description') && <RichField fieldId={`description-${item.id}`} label={t('item.description')} value={item.description ?? null} readOnly={readOnly} names={names} onChange={rich('description')} />}
            {shows('recommendation') && <RichField fieldId={`recommendation-${item.id}`} label={t('item.recommendation')} value={item.recommendation ?? null} readOnly={readOnly} names={names} onChange={rich('recommendation')} />}
            {shows('notes') && <RichField fieldId={`notes-${item.id}`} label={t('item.notes')} value={item.notes ?? null} readOnly={readOnly} names={names} onChange={rich('notes')} />}
            {showRoundTable || (Array.isArray(only) && only.includes('roundTable')) ? (
              <RoundTable item={item} />
            ) : (
              awake && !readOnly && (
                <button type="button" className="link-button" onClick={() => setShowRoundTable(true)}>
                  {t('roundTable.show')}
                </button>
              )
            )}
            <AbsencesEditor item={item} />
            {shows('decision') && <DecisionEditor item={item} />}
            {shows('actions') && <ActionsEditor item={item} />}
            {shows('attachments') && <AttachmentsEditor item={item} />}
            {awake && Array.isArray(only) && !allSections && (
              <button type="button" className="link-button" onClick={() => setAllSections(true)}>
                {t('item.allSections')}
              </button>
            )}
          </>
        )}
        {subItems.map((s) => (
          <ItemSection key={s.id} item={s} number={numbers.get(s.id) ?? ''} numbers={numbers} parentId={item.id} />
        ))}
        {awake && !sub && !isBreak && !readOnly && (
          <button type="button" className="link-button" onClick={() => void change(() => client.call('items.add', { meetingId: meeting.id, parentId: item.id, title: t('item.newSubItem') }))}>
            {t('item.addSubItem')}
          </button>
        )}
      </section>
      </SectionAwakeContext.Provider>
    </SectionNearContext.Provider>
  );
});
