import { useCallback, useEffect, useState } from 'react';
import type { Member } from '../../../src-main/shared/domain/member';
import { roles, type Role } from '../../../src-main/shared/meetingFile/types';
import { useClient } from '../../api/ClientContext';
import { useI18n } from '../../i18n/I18nContext';

/** The forum's standing members: add, edit role, retire. A new meeting starts with the current ones. */
export function MembersPanel({ forumId }: { forumId: string }) {
  const client = useClient();
  const { t } = useI18n();
  const [members, setMembers] = useState<Member[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [draft, setDraft] = useState({ name: '', organisation: '', role: 'member' as Role });

  const load = useCallback(async () => setMembers(await client.call('members.list', { forumId, includeRetired: true })), [client, forumId]);
  useEffect(() => void load(), [load]);
  const run = async (fn: () => Promise<unknown>) => {
    try {
      await fn();
      setError(null);
      await load();
      return true;
    } catch (e) {
      setError((e as Error).message);
      return false;
    }
  };

  return (
    <section className="card" aria-labelledby="members-heading">
      <h2 id="members-heading">{t('members.heading')}</h2>
      {members.length === 0 && <p className="hint">{t('members.empty')}</p>}
      <ul className="member-list">
        {members.map((m) => (
          <li key={m.id} className={m.retiredAt ? 'retired' : ''}>
            <span className="person-name">{m.name}</span>
            {m.organisation && <span className="muted"> · {m.organisation}</span>}
            <select aria-label={t('members.roleOf', { name: m.name })} defaultValue={m.role} onChange={(e) => void run(() => client.call('members.update', { memberId: m.id, patch: { role: e.target.value as Role } }))}>
              {roles.map((r) => (
                <option key={r} value={r}>
                  {t(`role.${r}`)}
                </option>
              ))}
            </select>
            <button type="button" onClick={() => void run(() => client.call('members.retire', { memberId: m.id, retired: !m.retiredAt }))}>
              {m.retiredAt ? t('members.reinstate') : t('members.retire')}
            </button>
          </li>
        ))}
      </ul>
      <form
        className="inline-form"
        aria-label={t('members.add')}
        onSubmit={(e) => {
          e.preventDefault();
          void run(() => client.call('members.add', { forumId, name: draft.name, organisation: draft.organisation, role: draft.role })).then((ok) => ok && setDraft({ name: '', organisation: '', role: 'member' }));
        }}
      >
        <label>
          {t('members.name')}
          <input value={draft.name} onChange={(e) => setDraft({ ...draft, name: e.target.value })} />
        </label>
        <label>
          {t('members.organisation')}
          <input value={draft.organisation} onChange={(e) => setDraft({ ...draft, organisation: e.target.value })} />
        </label>
        <label>
          {t('members.role')}
          <select value={draft.role} onChange={(e) => setDraft({ ...draft, role: e.target.value as Role })}>
            {roles.map((r) => (
              <option key={r} value={r}>
                {t(`role.${r}`)}
              </option>
            ))}
          </select>
        </label>
        <button type="submit">{t('members.add')}</button>
      </form>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
