import { useCallback, useEffect, useState } from 'react';
import type { Forum } from '../../../src-main/shared/domain/forum';
import type { MeetingSummary } from '../../../src-main/shared/domain/meeting';
import { documentKinds, type DocumentKind } from '../../../src-main/shared/meetingFile/types';
import { longDanishDate } from '../../../src-main/shared/format/danishDate';
import { useClient } from '../../api/ClientContext';
import { useI18n } from '../../i18n/I18nContext';
import { navigate, routeHref } from '../../app/useRoute';
import { MembersPanel } from './MembersPanel';
import { FollowUpRegister } from './FollowUpRegister';
import { ForumLogoPanel } from './ForumLogoPanel';
import type { Template } from '../../../src-main/shared/templates/templateFile';

const today = () => new Date().toLocaleDateString('sv-SE');

/** One forum: its members, its meetings (upcoming, then earlier by year) and "Nyt møde". */
export function ForumScreen({ id }: { id: string }) {
  const client = useClient();
  const { t } = useI18n();
  const [forum, setForum] = useState<Forum | null>(null);
  const [meetings, setMeetings] = useState<MeetingSummary[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [draft, setDraft] = useState({ title: '', date: today(), kind: 'minutes' as DocumentKind, start: 'blank' });
  const [templates, setTemplates] = useState<Template[]>([]);

  const load = useCallback(async () => {
    try {
      const f = await client.call('forums.get', { id });
      setForum(f);
      setMeetings(await client.call('meetings.list', { forumId: id }));
      setTemplates(await client.call('templates.list', {}));
      setDraft((d) => (d.title ? d : { ...d, title: `Møde i ${f.name}` }));
    } catch (e) {
      setError((e as Error).message);
    }
  }, [client, id]);
  useEffect(() => void load(), [load]);

  const create = async () => {
    try {
      const fromLast = draft.start === 'last';
      const templateId = draft.start.startsWith('template:') ? draft.start.slice(9) : undefined;
      const m = await client.call('meetings.create', {
        forumId: id,
        title: draft.title,
        // from the last meeting, an empty date means "the date its Næste møde gave"
        date: draft.date || undefined,
        documentKind: templateId || fromLast ? undefined : draft.kind,
        templateId,
        fromLast,
      });
      navigate({ name: 'meeting', id: m.id });
    } catch (e) {
      setError((e as Error).message);
    }
  };

  if (!forum) return <main className="page">{error ? <p role="alert">{error}</p> : t('forums.loading')}</main>;
  const upcoming = meetings.filter((m) => m.date >= today()).reverse();
  const earlier = meetings.filter((m) => m.date < today());
  const years = [...new Set(earlier.map((m) => m.date.slice(0, 4)))];

  const row = (m: MeetingSummary) => (
    <li key={m.id}>
      <a href={routeHref({ name: 'meeting', id: m.id })}>{m.title}</a> <span className="muted">{longDanishDate(m.date)}</span> <span className="badge">{t(`status.${m.status}`)}</span>
    </li>
  );

  return (
    <main className="page">
      <a href={routeHref({ name: 'start' })}>← {t('forums.heading')}</a>
      <h1>{forum.name}</h1>
      {forum.organisation && <p className="muted">{forum.organisation}</p>}
      <section className="card" aria-labelledby="new-meeting-heading">
        <h2 id="new-meeting-heading">{t('meetings.new')}</h2>
        <form
          className="inline-form"
          onSubmit={(e) => {
            e.preventDefault();
            void create();
          }}
        >
          <label>
            {t('meeting.title')}
            <input value={draft.title} onChange={(e) => setDraft({ ...draft, title: e.target.value })} required />
          </label>
          <label>
            {t('meeting.date')}
            <input type="date" value={draft.date} onChange={(e) => setDraft({ ...draft, date: e.target.value })} required={draft.start !== 'last'} />
          </label>
          <label>
            {t('meeting.kind')}
            <select value={draft.kind} onChange={(e) => setDraft({ ...draft, kind: e.target.value as DocumentKind })}>
              {documentKinds.map((k) => (
                <option key={k} value={k}>
                  {t(`kind.${k}`)}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t('meetings.start')}
            <select value={draft.start} onChange={(e) => setDraft({ ...draft, start: e.target.value, date: e.target.value === 'last' ? '' : draft.date || today() })}>
              <option value="blank">{t('meetings.blank')}</option>
              {meetings.length > 0 && <option value="last">{t('meetings.fromLast', { title: meetings[0]!.title })}</option>}
              {templates.map((tp) => (
                <option key={tp.id} value={`template:${tp.id}`}>
                  {t('meetings.fromTemplate', { name: tp.name })}
                </option>
              ))}
            </select>
          </label>
          <button type="submit" className="primary">
            {t('meetings.create')}
          </button>
        </form>
        {error && (
          <p className="error" role="alert">
            {error}
          </p>
        )}
      </section>
      <section className="card" aria-labelledby="meetings-heading">
        <h2 id="meetings-heading">{t('meetings.heading')}</h2>
        {meetings.length === 0 && <p className="hint">{t('meetings.empty')}</p>}
        {upcoming.length > 0 && (
          <>
            <h3>{t('meetings.upcoming')}</h3>
            <ul className="meeting-list">{upcoming.map(row)}</ul>
          </>
        )}
        {years.map((y) => (
          <div key={y}>
            <h3>{y}</h3>
            <ul className="meeting-list">{earlier.filter((m) => m.date.startsWith(y)).map(row)}</ul>
          </div>
        ))}
      </section>
      <FollowUpRegister forumId={id} />
      <MembersPanel forumId={id} />
      <ForumLogoPanel forumId={id} />
    </main>
  );
}
