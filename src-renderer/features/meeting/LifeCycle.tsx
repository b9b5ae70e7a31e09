import { statuses, type Status } from '../../../src-main/shared/meetingFile/types';
import { useI18n } from '../../i18n/I18nContext';
import { useMeeting } from './MeetingContext';

/** The steps a person may take from each stage (the core checks the same). */
const next: Partial<Record<Status, { to: Status; label: string }[]>> = {
  draft: [{ to: 'agenda-sent', label: 'cycle.sendAgenda' }, { to: 'in-meeting', label: 'cycle.start' }],
  'agenda-sent': [{ to: 'in-meeting', label: 'cycle.start' }, { to: 'draft', label: 'cycle.backToDraft' }],
  'in-meeting': [{ to: 'final', label: 'cycle.final' }, { to: 'agenda-sent', label: 'cycle.backToAgenda' }],
  final: [{ to: 'in-meeting', label: 'cycle.reopenMeeting' }],
};

/** Kladde → Dagsorden udsendt → Møde i gang → Endeligt referat → Underskrevet: where the meeting is, and what it allows. */
export function LifeCycle() {
  const { meeting, client, change, announce } = useMeeting();
  const { t } = useI18n();
  const current = meeting.status;
  return (
    <nav className="life-cycle" aria-label={t('cycle.label')}>
      <ol>
        {statuses.map((s) => (
          <li key={s} className={s === current ? 'on' : ''} aria-current={s === current ? 'step' : undefined}>
            {t(`status.${s}`)}
          </li>
        ))}
      </ol>
      <p className="hint">{t(`cycle.allows.${current}`)}</p>
      <div className="actions">
        {(next[current] ?? []).map((n) => (
          <button
            key={n.to}
            type="button"
            onClick={() =>
              void change(() => client.call('meetings.setStatus', { meetingId: meeting.id, status: n.to as Exclude<Status, 'signed'> })).then(
                (ok) => ok && announce(t('cycle.now', { status: t(`status.${n.to}`) })),
              )
            }
          >
            {t(n.label as never)}
          </button>
        ))}
      </div>
    </nav>
  );
}
