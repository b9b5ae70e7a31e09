import { useCallback, useEffect, useState } from 'react';
import { useClient } from '../../api/ClientContext';
import { useI18n } from '../../i18n/I18nContext';
import type { ForumLogo } from '../../../src-main/shared/api/forumsMethods';
import { errorText } from '../signing/errorText';
import { readFileBase64 } from '../signing/readFileBase64';

/** Logo on the forum's PDFs: choose a PNG or JPEG, its alternative text, or remove it. */
export function ForumLogoPanel({ forumId }: { forumId: string }) {
  const client = useClient();
  const { t } = useI18n();
  const [logo, setLogo] = useState<ForumLogo | null>(null);
  const [alt, setAlt] = useState('');
  const [message, setMessage] = useState<{ error: boolean; text: string } | null>(null);

  const load = useCallback(async () => {
    const { logo: current } = await client.call('forums.logo', { forumId });
    setLogo(current);
    setAlt(current?.alt ?? '');
  }, [client, forumId]);
  useEffect(() => {
    load().catch(() => setLogo(null));
  }, [load]);

  const upload = async (file: File | undefined) => {
    if (!file) return;
    setMessage(null);
    try {
      const saved = await client.call('forums.setLogo', { forumId, fileName: file.name, dataBase64: await readFileBase64(file), alt: alt || null });
      setLogo(saved);
      setAlt(saved.alt);
      setMessage({ error: false, text: t('logo.saved') });
    } catch (e) {
      setMessage({ error: true, text: errorText(e) });
    }
  };
  const saveAlt = async () => {
    if (!logo) return;
    try {
      const saved = await client.call('forums.setLogo', { forumId, fileName: 'logo', dataBase64: logo.dataBase64, alt });
      setLogo(saved);
      setMessage({ error: false, text: t('logo.altSaved') });
    } catch (e) {
      setMessage({ error: true, text: errorText(e) });
    }
  };
  const remove = async () => {
    try {
      await client.call('forums.removeLogo', { forumId });
      setLogo(null);
      setAlt('');
      setMessage({ error: false, text: t('logo.removed') });
    } catch (e) {
      setMessage({ error: true, text: errorText(e) });
    }
  };

  return (
    <section className="card" aria-labelledby="logo-heading">
      <h2 id="logo-heading">{t('logo.heading')}</h2>
      <p className="muted">{t('logo.help')}</p>
      {logo && <img className="logo-preview" src={`data:${logo.mediaType};base64,${logo.dataBase64}`} alt={logo.alt} />}
      <div className="form-grid">
        <label htmlFor="logo-file">{t('logo.file')}</label>
        <input id="logo-file" type="file" accept="image/png,image/jpeg" onChange={(e) => void upload(e.target.files?.[0])} />
        <label htmlFor="logo-alt">{t('logo.alt')}</label>
        <input id="logo-alt" value={alt} onChange={(e) => setAlt(e.target.value)} onBlur={() => void saveAlt()} maxLength={200} />
      </div>
      {logo && (
        <button type="button" onClick={() => void remove()}>
          {t('logo.remove')}
        </button>
      )}
      {message && (
        <p className={message.error ? 'error' : 'status'} role={message.error ? 'alert' : 'status'}>
          {message.text}
        </p>
      )}
    </section>
  );
}
