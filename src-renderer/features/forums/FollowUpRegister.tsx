import { useCallback, useEffect, useState } from 'react';
import type { FollowUp } from '../../../src-main/shared/api/cycleMethods';
import { shortDanishDate } from '../../../src-main/shared/format/danishDate';
import { useClient } from '../../api/ClientContext';
import { useI18n } from '../../i18n/I18nContext';
import { routeHref } from '../../app/useRoute';

const today = () => new Date().toLocaleDateString('sv-SE');

/** Opfølgningsliste: every open follow-up of the forum, by due date; tick off, filter by owner. */
export function FollowUpRegister({ forumId }: { forumId: string }) {
  const client = useClient();
  const { t } = useI18n();
  const [rows, setRows] = useState<FollowUp[]>([]);
  const [owner, setOwner] = useState('');
  const [error, setError] = useState<string | null>(null);
  const load = useCallback(async () => setRows(await client.call('followUps.list', { forumId })), [client, forumId]);
  useEffect(() => {
    void load();
  }, [load]);

  const owners = [...new Set(rows.map((r) => r.owner).filter((o): o is string => !!o))].sort((a, b) => a.localeCompare(b, 'da'));
  const shown = rows.filter((r) => !owner || r.owner === owner);
  const tick = async (r: FollowUp) => {
    try {
      await client.call('actions.update', { meetingId: r.meetingId, actionId: r.actionId, patch: { done: true } });
      setError(null);
      await load();
    } catch (e) {
      setError((e as Error).message);
    }
  };

  return (
    <section className="card" aria-labelledby="followups-heading">
      <h2 id="followups-heading">{t('followUps.heading')}</h2>
      {rows.length === 0 ? (
        <p className="hint">{t('followUps.empty')}</p>
      ) : (
        <>
          <label className="inline-label">
            {t('followUps.filter')}{' '}
            <select value={owner} onChange={(e) => setOwner(e.target.value)}>
              <option value="">{t('followUps.everyone')}</option>
              {owners.map((o) => (
                <option key={o} value={o}>
                  {o}
                </option>
              ))}
            </select>
          </label>
          <table className="register">
            <thead>
              <tr>
                <th scope="col">{t('followUps.what')}</th>
                <th scope="col">{t('followUps.owner')}</th>
                <th scope="col">{t('followUps.due')}</th>
                <th scope="col">{t('followUps.from')}</th>
                <th scope="col">{t('followUps.done')}</th>
              </tr>
            </thead>
            <tbody>
              {shown.map((r) => {
                const overdue = !!r.due && r.due < today();
                return (
                  <tr key={r.actionId} className={overdue ? 'overdue' : ''}>
                    <td>{r.text}</td>
                    <td>{r.owner ?? '—'}</td>
                    <td>
                      {r.due ? shortDanishDate(r.due) : '—'}
                      {overdue && <strong className="overdue-label"> {t('followUps.overdue')}</strong>}
                    </td>
                    <td>
                      <a href={routeHref({ name: 'meeting', id: r.meetingId })}>{r.meetingTitle}</a>, {shortDanishDate(r.meetingDate)} · {r.itemTitle}
                    </td>
                    <td>
                      <input type="checkbox" aria-label={t('followUps.tick', { text: r.text })} defaultChecked={r.done} onChange={() => void tick(r)} />
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </>
      )}
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
