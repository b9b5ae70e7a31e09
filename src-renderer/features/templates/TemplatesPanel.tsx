import { useCallback, useEffect, useState } from 'react';
import type { Template } from '../../../src-main/shared/templates/templateFile';
import { useClient } from '../../api/ClientContext';
import { useI18n } from '../../i18n/I18nContext';

/** Offers a text as a file to save (a template file to send to a colleague). */
function download(fileName: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Dagsordensskabeloner: the built-in ones and the referent's own; import, export, delete. */
export function TemplatesPanel() {
  const client = useClient();
  const { t } = useI18n();
  const [templates, setTemplates] = useState<Template[]>([]);
  const [message, setMessage] = useState<{ error: boolean; text: string } | null>(null);
  const load = useCallback(async () => setTemplates(await client.call('templates.list', {})), [client]);
  useEffect(() => {
    void load();
  }, [load]);
  const run = async (fn: () => Promise<string>) => {
    try {
      setMessage({ error: false, text: await fn() });
      await load();
    } catch (e) {
      setMessage({ error: true, text: (e as Error).message });
    }
  };

  return (
    <section className="card" aria-labelledby="templates-heading">
      <h2 id="templates-heading">{t('templates.heading')}</h2>
      <ul className="member-list">
        {templates.map((tp) => (
          <li key={tp.id}>
            <span className="person-name">{tp.name}</span>
            <span className="muted">
              {' '}
              · {t('templates.items', { count: String(tp.items.length) })}
              {tp.builtIn ? ` · ${t('templates.builtIn')}` : ''}
            </span>
            <button type="button" onClick={() => void run(async () => (download(...Object.values(await client.call('templates.exportFile', { id: tp.id })) as [string, string]), t('templates.exported', { name: tp.name })))}>
              {t('templates.export')}
            </button>
            {!tp.builtIn && (
              <button type="button" onClick={() => void run(async () => (await client.call('templates.delete', { id: tp.id }), t('templates.deleted', { name: tp.name })))}>
                {t('templates.delete')}
              </button>
            )}
          </li>
        ))}
      </ul>
      <label className="file-pick">
        {t('templates.import')}
        <input
          type="file"
          accept=".json,application/json"
          onChange={(e) => {
            const file = e.target.files?.[0];
            e.target.value = '';
            if (file) void run(async () => t('templates.imported', { name: (await client.call('templates.importFile', { fileName: file.name, text: await file.text() })).name }));
          }}
        />
      </label>
      {message && (
        <p className={message.error ? 'error' : 'status'} role={message.error ? 'alert' : 'status'}>
          {message.text}
        </p>
      )}
    </section>
  );
}
