import { useRef, useState } from 'react';
import { useI18n } from '../../i18n/I18nContext';
import { NewForumForm } from './NewForumForm';
import { useForums } from './useForums';
import { routeHref } from '../../app/useRoute';

/** The start screen: the forums of this installation and "Nyt forum". */
export function ForumsScreen() {
  const { t } = useI18n();
  const { forums, error } = useForums();
  const [creating, setCreating] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const newButton = useRef<HTMLButtonElement>(null);

  return (
    <section aria-labelledby="forums-heading">
      <div className="section-head">
        <h1 id="forums-heading">{t('forums.heading')}</h1>
        {!creating && (
          <button ref={newButton} className="primary" onClick={() => setCreating(true)}>
            {t('forums.new')}
          </button>
        )}
      </div>
      <p className="status" role="status" aria-live="polite">
        {notice}
      </p>
      {creating && (
        <NewForumForm
          onCreated={(forum) => {
            setCreating(false);
            setNotice(t('forums.created', { name: forum.name }));
            requestAnimationFrame(() => newButton.current?.focus());
          }}
          onCancel={() => {
            setCreating(false);
            requestAnimationFrame(() => newButton.current?.focus());
          }}
        />
      )}
      {error && (
        <p className="error" role="alert">
          {t('error.generic', { message: error })}
        </p>
      )}
      {forums === null && !error && <p>{t('forums.loading')}</p>}
      {forums?.length === 0 && <p>{t('forums.empty')}</p>}
      {forums && forums.length > 0 && (
        <ul className="forum-list" aria-label={t('forums.listLabel')}>
          {forums.map((f) => (
            <li key={f.id} className="card">
              <a className="forum-name" href={routeHref({ name: 'forum', id: f.id })}>
                {f.name}
              </a>
              {f.organisation && <span className="muted"> · {f.organisation}</span>}
              {f.shortName && <span className="badge">{f.shortName}</span>}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
