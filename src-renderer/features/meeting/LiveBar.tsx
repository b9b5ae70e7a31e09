import { useEffect, useRef, useState, useSyncExternalStore } from 'react';
import type { MeetingView } from '../../../src-main/shared/domain/meeting';
import type { SaveQueue } from './saveQueue';
import { useCurrentItemId, type CurrentItem } from './currentItem';
import { useI18n } from '../../i18n/I18nContext';

const mmss = (ms: number) => {
  const s = Math.floor(ms / 1000);
  return `${String(Math.floor(s / 60)).padStart(2, '0')}:${String(s % 60).padStart(2, '0')}`;
};

/** Formatting a time with toLocaleTimeString builds a formatter each call; the clock reuses one. */
const clockFormat = new Intl.DateTimeFormat('da-DK', { hour: '2-digit', minute: '2-digit' });

/**
 * The bar above the meeting: save status, the clock, and the current item's time against its
 * planned minutes (counted while it is the current item). The status and the clock are separate
 * components: the status flips between «Gemmer …» and «Gemt» several times a second while
 * someone types, and only its own text should be redrawn then.
 */
export function LiveBar({ meeting, current, numbers, saves, message }: { meeting: MeetingView; current: CurrentItem; numbers: Map<string, string>; saves: SaveQueue; message: string }) {
  return (
    <div className="live-bar">
      <SaveStatus saves={saves} />
      <span className="announce" aria-live="polite">
        {message}
      </span>
      <ItemClock meeting={meeting} current={current} numbers={numbers} />
    </div>
  );
}

function SaveStatus({ saves }: { saves: SaveQueue }) {
  const { t } = useI18n();
  const saveState = useSyncExternalStore(saves.subscribe, saves.getSnapshot);
  const status = saveState.kind === 'saved' ? t('save.saved') : saveState.kind === 'saving' ? t('save.saving') : t('save.error', { message: saveState.message });
  return (
    <span className={`save-status ${saveState.kind}`} role="status" aria-live="polite" data-testid="save-status">
      {status}
    </span>
  );
}

function ItemClock({ meeting, current, numbers }: { meeting: MeetingView; current: CurrentItem; numbers: Map<string, string> }) {
  const { t } = useI18n();
  const currentItemId = useCurrentItemId(current);
  const number = currentItemId ? (numbers.get(currentItemId) ?? '') : '';
  const [now, setNow] = useState(() => Date.now());
  const spent = useRef(new Map<string, number>());
  const since = useRef<{ id: string | null; at: number }>({ id: null, at: Date.now() });
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, []);
  useEffect(() => {
    const prev = since.current;
    if (prev.id) spent.current.set(prev.id, (spent.current.get(prev.id) ?? 0) + Date.now() - prev.at);
    since.current = { id: currentItemId, at: Date.now() };
  }, [currentItemId]);

  const item = meeting.items.flatMap((i) => [i, ...i.subItems]).find((i) => i.id === currentItemId);
  // Never negative: the clock state can be a tick older than the moment the item became current.
  const elapsed = currentItemId ? (spent.current.get(currentItemId) ?? 0) + Math.max(0, now - since.current.at) : 0;
  const planned = item?.plannedMinutes ?? null;
  const over = planned !== null && elapsed > planned * 60_000;
  const clock = clockFormat.format(now);
  return (
    <>
      {item && (
        <span className={`timer ${over ? 'over' : ''}`} aria-label={t('live.timerLabel')}>
          {t('live.item', { number })}: {mmss(elapsed)}
          {planned !== null && ` / ${planned} min.`}
        </span>
      )}
      <span className="clock" aria-label={t('live.clock')}>
        {clock}
      </span>
    </>
  );
}
