import { useRef, useState, type DragEvent, type KeyboardEvent } from 'react';
import type { RemovedItem } from '../../../src-main/shared/api/itemsMethods';
import { useI18n } from '../../i18n/I18nContext';
import { useMeeting } from './MeetingContext';
import { flatItems } from './numbering';
import { agendaChanges } from './agendaChanges';
import { focusItem } from './focusItem';
import { useCurrentItemId } from './currentItem';
import { useLiveTitles } from './liveTitles';

interface Props {
  numbers: Map<string, string>;
  onRemoved(removed: RemovedItem): void;
}

/**
 * Dagsordenen in the side bar: go to an item, add, reorder (Alt+Shift+↑/↓ or drag), delete
 * (Delete, with undo). Sub-items move among their siblings.
 */
export function AgendaNav({ numbers, onRemoved }: Props) {
  const { meeting, client, change, current, readOnly, announce, focusAfterRender } = useMeeting();
  const currentItemId = useCurrentItemId(current);
  const { t } = useI18n();
  const liveTitle = useLiveTitles();
  const [title, setTitle] = useState('');
  const list = useRef<HTMLOListElement>(null);
  const dragged = useRef<string | null>(null);
  const entries = flatItems(meeting.items);
  const changes = agendaChanges(meeting);

  const siblingsOf = (parentId: string | null) => (parentId === null ? meeting.items : (meeting.items.find((i) => i.id === parentId)?.subItems ?? []));
  const refocus = (id: string) => requestAnimationFrame(() => list.current?.querySelector<HTMLButtonElement>(`[data-nav-id="${id}"]`)?.focus());

  const move = async (id: string, parentId: string | null, delta: number) => {
    const sibs = siblingsOf(parentId);
    const at = sibs.findIndex((s) => s.id === id);
    const to = at + delta;
    if (at < 0 || to < 0 || to >= sibs.length) return;
    if (await change(() => client.call('items.move', { meetingId: meeting.id, itemId: id, parentId, index: to }))) {
      announce(t('agenda.moved', { title: sibs[at]!.title, position: String(to + 1) }));
      refocus(id);
    }
  };

  const remove = async (id: string) => {
    let removed: RemovedItem | null = null;
    const ok = await change(async () => {
      removed = (await client.call('items.delete', { meetingId: meeting.id, itemId: id })).removed;
    });
    if (ok && removed) onRemoved(removed);
  };

  const onKey = (id: string, parentId: string | null) => (e: KeyboardEvent) => {
    if (readOnly) return;
    if (e.altKey && e.shiftKey && (e.key === 'ArrowUp' || e.key === 'ArrowDown')) {
      e.preventDefault();
      void move(id, parentId, e.key === 'ArrowUp' ? -1 : 1);
    } else if (e.key === 'Delete') {
      e.preventDefault();
      void remove(id);
    } else if (!e.altKey && (e.key === 'ArrowUp' || e.key === 'ArrowDown')) {
      e.preventDefault();
      const buttons = [...(list.current?.querySelectorAll<HTMLButtonElement>('[data-nav-id]') ?? [])];
      const i = buttons.findIndex((b) => b === e.currentTarget);
      buttons[Math.max(0, Math.min(buttons.length - 1, i + (e.key === 'ArrowUp' ? -1 : 1)))]?.focus();
    }
  };

  const onDrop = (targetId: string, parentId: string | null) => (e: DragEvent) => {
    e.preventDefault();
    const id = dragged.current;
    dragged.current = null;
    if (!id || id === targetId) return;
    const index = siblingsOf(parentId).findIndex((s) => s.id === targetId);
    void change(() => client.call('items.move', { meetingId: meeting.id, itemId: id, parentId, index: Math.max(0, index) }));
  };

  const add = async (kind: 'break' | null) => {
    const name = kind === 'break' ? t('item.breakTitle') : title.trim();
    if (!name) return;
    const ok = await change(async () => {
      const { itemId } = await client.call('items.add', { meetingId: meeting.id, title: name, kind, plannedMinutes: kind === 'break' ? 10 : null });
      if (kind !== 'break') focusAfterRender(itemId, 'title');
    });
    if (ok) {
      setTitle('');
      announce(t('agenda.added', { title: name }));
    }
  };

  return (
    <nav className="agenda-nav" aria-labelledby="agenda-heading">
      <h2 id="agenda-heading">{t('agenda.heading')}</h2>
      <p className="hint">{t('agenda.hint')}</p>
      <ol ref={list} className="agenda-list">
        {entries.map((e) => (
          <li
            key={e.id}
            className={e.parentId ? 'sub' : ''}
            draggable={!readOnly}
            onDragStart={() => (dragged.current = e.id)}
            onDragOver={(ev) => ev.preventDefault()}
            onDrop={onDrop(e.id, e.parentId)}
          >
            <button
              type="button"
              data-nav-id={e.id}
              aria-current={currentItemId === e.id ? 'true' : undefined}
              onClick={() => focusItem(e.id, 'title')}
              onKeyDown={onKey(e.id, e.parentId)}
            >
              <span className="item-number">{numbers.get(e.id) || '–'}</span> {liveTitle(e.id, e.title)}
              {changes.marks.get(e.id) && <span className="change-mark"> ({t(`agenda.change.${changes.marks.get(e.id)!}`)})</span>}
            </button>
          </li>
        ))}
      </ol>
      {changes.removed.length > 0 && (
        <p className="hint">
          {t('agenda.removedSinceSent')}: {changes.removed.join(', ')}
        </p>
      )}
      {!readOnly && (
        <form
          className="add-item"
          onSubmit={(ev) => {
            ev.preventDefault();
            void add(null);
          }}
        >
          <label htmlFor="new-item-title">{t('agenda.newItem')}</label>
          <input id="new-item-title" value={title} onChange={(ev) => setTitle(ev.target.value)} placeholder={t('agenda.newItemPlaceholder')} />
          <div className="actions">
            <button type="submit" className="primary">
              {t('agenda.add')}
            </button>
            <button type="button" onClick={() => void add('break')}>
              {t('agenda.addBreak')}
            </button>
          </div>
        </form>
      )}
    </nav>
  );
}
