import { useState, type FormEvent } from 'react';
import { useClient } from '../../api/ClientContext';
import { useI18n } from '../../i18n/I18nContext';
import type { SyncStatus } from '../../../src-main/shared/sync/types';
import { errorText } from '../signing/errorText';

/**
 * The folder on the shared drive. In the app «Vælg mappe …» opens the system's folder dialog;
 * in a browser (the test host) no dialog can give a path, so the path is typed.
 */
export function SyncFolderForm({ status, onChanged }: { status: SyncStatus; onChanged(s: SyncStatus): void }) {
  const client = useClient();
  const { t } = useI18n();
  const [path, setPath] = useState(status.folder ?? '');
  const [error, setError] = useState<string | null>(null);

  const save = async (folder: string | null) => {
    setError(null);
    try {
      onChanged(await client.call('sync.setFolder', { folder }));
      if (folder === null) setPath('');
    } catch (e) {
      setError(errorText(e));
    }
  };
  const choose = async () => {
    setError(null);
    try {
      const picked = await client.call('sync.chooseFolder', {});
      if (!picked.available) {
        setError(t('sync.typePath'));
        return;
      }
      if (picked.folder) {
        setPath(picked.folder);
        await save(picked.folder);
      }
    } catch (e) {
      setError(errorText(e));
    }
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void save(path.trim());
  };

  return (
    <form className="sync-folder" onSubmit={submit} aria-label={t('sync.folderForm')}>
      <label htmlFor="sync-folder">{t('sync.folder')}</label>
      <div className="row">
        <input
          id="sync-folder"
          value={path}
          onChange={(e) => setPath(e.target.value)}
          placeholder={t('sync.folderPlaceholder')}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? 'sync-folder-error' : 'sync-folder-help'}
          spellCheck={false}
        />
        <button type="button" onClick={() => void choose()}>
          {t('sync.choose')}
        </button>
        <button type="submit">{t('sync.useFolder')}</button>
        {status.folder && (
          <button type="button" onClick={() => void save(null)}>
            {t('sync.turnOff')}
          </button>
        )}
      </div>
      <p id="sync-folder-help" className="muted">
        {t('sync.folderHelp')}
      </p>
      {error && (
        <p id="sync-folder-error" className="error" role="alert">
          {error}
        </p>
      )}
    </form>
  );
}
