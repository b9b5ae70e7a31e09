import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { focusItem, type ItemPart } from './focusItem';
import { forgetScrollAnchor, rememberScrollAnchor } from './scrollAnchor';
import { clearLiveTitles } from './liveTitles';
import type { RemovedItem } from '../../../src-main/shared/api/itemsMethods';
import { useClient } from '../../api/ClientContext';
import { useI18n } from '../../i18n/I18nContext';
import { rememberMeeting, routeHref } from '../../app/useRoute';
import { AgendaNav } from './AgendaNav';
import { AttendancePanel } from './AttendancePanel';
import { ItemSection } from './ItemSection';
import { LiveBar } from './LiveBar';
import { MeetingContext, type MeetingContextValue } from './MeetingContext';
import { MeetingHeader } from './MeetingHeader';
import { LifeCycle } from './LifeCycle';
import { SaveAsTemplate } from './SaveAsTemplate';
import { NextMeetingForm } from './NextMeetingForm';
import { flatItems, itemNumbers } from './numbering';
import { ShortcutsDialog } from './ShortcutsDialog';
import { useMeetingLoader } from './useMeetingLoader';
import { useShortcuts } from './useShortcuts';
import { useProgressiveCount } from './useProgressiveCount';
import { CurrentItem } from './currentItem';
import { ExportDialog } from '../export/ExportDialog';
import { SigningPanel } from '../signing/SigningPanel';
import { MeetingSyncNotice } from '../sync/MeetingSyncNotice';
import { SpellMenu } from '../spelling/SpellMenu';
import { spellChecker } from '../spelling/spellChecker';

/** The meeting screen: where the referent spends the meeting. */
export function MeetingScreen({ id }: { id: string }) {
  const client = useClient();
  const { t } = useI18n();
  const { meeting, error, saves, reload, change } = useMeetingLoader(client, id);
  const current = useRef(new CurrentItem()).current;
  const [message, setMessage] = useState('');
  const [help, setHelp] = useState(false);
  const [removed, setRemoved] = useState<RemovedItem | null>(null);
  // Bumped to remount the editors when the referent chooses to see a version fetched from the drive.
  const [generation, setGeneration] = useState(0);
  const showFetched = useCallback(async () => {
    await saves.flush();
    await reload();
    setGeneration((g) => g + 1);
  }, [saves, reload]);
  const pendingFocus = useRef<{ itemId: string; part: ItemPart } | null>(null);
  const shown = useProgressiveCount(meeting?.items.length ?? 0);
  // One Map per version of the meeting, so memoised items do not re-render for nothing.
  const numbersMemo = useMemo(() => itemNumbers(meeting?.items ?? []), [meeting]);
  // Where the view is, for the sections that wake and grow around it (scrollAnchor.ts).
  useEffect(() => {
    addEventListener('scroll', rememberScrollAnchor, { passive: true });
    return () => {
      removeEventListener('scroll', rememberScrollAnchor);
      forgetScrollAnchor();
    };
  }, []);
  // A meeting loaded again holds every title typed (liveTitles.ts).
  useEffect(() => clearLiveTitles(), [meeting]);
  // Opening a meeting puts the caret in the first item's minutes: the first key typed lands there.
  const opened = useRef(false);
  useEffect(() => {
    if (!meeting || opened.current) return;
    opened.current = true;
    rememberMeeting(meeting.id);
    const first = flatItems(meeting.items)[0];
    if (first && meeting.status !== 'signed') focusItem(first.id, 'notes');
  }, [meeting]);
  useEffect(() => {
    // Kept until the item is on the screen: a long meeting renders in batches.
    const f = pendingFocus.current;
    if (f && meeting && focusItem(f.itemId, f.part)) pendingFocus.current = null;
  });

  const undo = useCallback(() => {
    if (!removed || !meeting) return false;
    const r = removed;
    setRemoved(null);
    void change(() => client.call('items.restore', { meetingId: meeting.id, parentId: r.parentId, index: r.index, item: r.item as never })).then(
      (ok) => ok && setMessage(t('agenda.restored', { title: r.item.title })),
    );
    return true;
  }, [removed, meeting, change, client, t]);

  const ctx = useMemo<MeetingContextValue | null>(
    () =>
      meeting && {
        meeting,
        client,
        saves,
        reload,
        change,
        current,
        announce: setMessage,
        readOnly: meeting.status === 'signed',
        focusAfterRender: (itemId, part) => (pendingFocus.current = { itemId, part }),
      },
    [meeting, client, saves, reload, change, current],
  );

  const shortcuts = useMemo(
    () => ({
      itemIds: () => (meeting ? flatItems(meeting.items).map((i) => i.id) : []),
      currentItemId: current.get,
      setOutcome: (itemId: string, outcome: Parameters<typeof client.call<'decisions.update'>>[1]['patch']['outcome'] & string) =>
        void change(() => client.call('decisions.update', { meetingId: id, itemId, patch: { outcome } })).then((ok) => ok && setMessage(t('decision.set', { outcome: t(`outcome.${outcome}`) }))),
      showHelp: () => setHelp(true),
      undo,
    }),
    [meeting, current, change, client, id, t, undo],
  );
  useShortcuts(shortcuts);

  const forumId = meeting?.forumId;
  useEffect(() => {
    // The forum's own word list: names and words of the trade the referent has said are right.
    if (!forumId) return;
    client
      .call('forums.words', { forumId })
      .then(({ words }) => spellChecker.accept(words))
      .catch(() => undefined);
  }, [client, forumId]);

  useEffect(() => {
    // A meeting that is gone (deleted, or from another data folder) is not reopened next time.
    if (error && !meeting) rememberMeeting(null);
  }, [error, meeting]);

  if (error && !meeting) {
    return (
      <main className="page">
        <p role="alert" className="error">
          {error}
        </p>
        <a href={routeHref({ name: 'start' })}>{t('meeting.back')}</a>
      </main>
    );
  }
  if (!meeting || !ctx) return <main className="page">{t('meeting.loading')}</main>;

  const numbers = numbersMemo;
  const shownItems = meeting.items.slice(0, shown);
  return (
    <MeetingContext.Provider value={ctx}>
      <main className="meeting-screen">
        <div className="meeting-top">
          <a className="back" href={routeHref({ name: 'forum', id: meeting.forumId })}>
            ← {meeting.forum.name}
          </a>
          <h1>{meeting.title}</h1>
          <span className="badge">{t(`status.${meeting.status}`)}</span>
          <button type="button" className="link-button" onClick={() => setHelp(true)}>
            {t('shortcut.open')}
          </button>
          <SaveAsTemplate />
          <ExportDialog />
        </div>
        <LiveBar meeting={meeting} current={current} numbers={numbers} saves={saves} message={message} />
        <MeetingSyncNotice meetingId={meeting.id} onShowNew={showFetched} />
        <SpellMenu forumId={meeting.forumId} forumName={meeting.forum.name} announce={setMessage} />
        {removed && (
          <div className="toast" role="status">
            {t('agenda.removed', { title: removed.item.title })}{' '}
            <button type="button" onClick={undo}>
              {t('agenda.undo')}
            </button>
          </div>
        )}
        <div className="meeting-layout" key={generation}>
          <AgendaNav numbers={numbers} onRemoved={(r) => { setRemoved(r); setMessage(t('agenda.removed', { title: r.item.title })); }} />
          <div className="meeting-body">
            <LifeCycle />
            <SigningPanel />
            <MeetingHeader />
            <AttendancePanel />
            {shownItems.map((item) => (
              <ItemSection key={item.id} item={item} number={numbers.get(item.id) ?? ''} numbers={numbers} parentId={null} />
            ))}
            {shown >= meeting.items.length && <NextMeetingForm />}
          </div>
        </div>
        {help && <ShortcutsDialog onClose={() => setHelp(false)} />}
      </main>
    </MeetingContext.Provider>
  );
}
