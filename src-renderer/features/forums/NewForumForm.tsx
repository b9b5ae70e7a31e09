import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import type { Forum } from '../../../src-main/shared/domain/forum';
import { ApiCallError } from '../../../src-main/shared/api/client';
import { useClient } from '../../api/ClientContext';
import { useI18n } from '../../i18n/I18nContext';

interface Props {
  onCreated(forum: Forum): void;
  onCancel(): void;
}

export function NewForumForm({ onCreated, onCancel }: Props) {
  const client = useClient();
  const { t } = useI18n();
  const id = useId();
  const nameRef = useRef<HTMLInputElement>(null);
  const [name, setName] = useState('');
  const [organisation, setOrganisation] = useState('');
  const [shortName, setShortName] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => nameRef.current?.focus(), []);

  async function submit(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    try {
      const forum = await client.call('forums.create', { name, organisation, shortName });
      onCreated(forum);
    } catch (err) {
      // The core's message names what was wrong; the form keeps what was typed.
      setError(err instanceof ApiCallError ? err.message : String(err));
      nameRef.current?.focus();
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="card form" onSubmit={submit} onKeyDown={(e) => e.key === 'Escape' && onCancel()} aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>{t('forums.new')}</h2>
      <label htmlFor={`${id}-name`}>{t('forums.name')}</label>
      <input id={`${id}-name`} ref={nameRef} value={name} onChange={(e) => setName(e.target.value)} placeholder={t('forums.namePlaceholder')} required maxLength={200} />
      <label htmlFor={`${id}-org`}>{t('forums.organisation')}</label>
      <input id={`${id}-org`} value={organisation} onChange={(e) => setOrganisation(e.target.value)} placeholder={t('forums.organisationPlaceholder')} maxLength={200} />
      <label htmlFor={`${id}-short`}>{t('forums.shortName')}</label>
      <input id={`${id}-short`} value={shortName} onChange={(e) => setShortName(e.target.value)} maxLength={40} />
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      <div className="actions">
        <button type="submit" className="primary" disabled={busy}>
          {t('forums.create')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('forums.cancel')}
        </button>
      </div>
    </form>
  );
}
