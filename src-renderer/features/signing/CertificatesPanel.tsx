import { useState } from 'react';
import { useClient } from '../../api/ClientContext';
import { useI18n } from '../../i18n/I18nContext';
import { CertificateImportForm } from './CertificateImportForm';
import { danishDay } from './danishTime';
import { errorText } from './errorText';
import { useCertificates } from './useCertificates';

/** Certifikater: the signing certificates on this computer — import, see who and how long, remove. */
export function CertificatesPanel() {
  const client = useClient();
  const { t } = useI18n();
  const { certificates, reload } = useCertificates(client);
  const [message, setMessage] = useState<{ error: boolean; text: string } | null>(null);

  const remove = async (id: string, holder: string) => {
    try {
      await client.call('signing.removeCertificate', { id });
      setMessage({ error: false, text: t('certificates.removed', { holder }) });
      await reload();
    } catch (e) {
      setMessage({ error: true, text: errorText(e) });
    }
  };

  return (
    <section className="card" aria-labelledby="certificates-heading">
      <h2 id="certificates-heading">{t('certificates.heading')}</h2>
      {certificates && certificates.length === 0 && <p className="muted">{t('certificates.empty')}</p>}
      <ul className="member-list">
        {certificates?.map((c) => (
          <li key={c.id}>
            <span className="person-name">{c.holder}</span>
            <span className="muted">
              {' '}
              · {t('certificates.issuer', { issuer: c.issuer })} · {t('certificates.valid', { from: danishDay(c.notBefore), to: danishDay(c.notAfter) })}
              {c.passphraseSaved ? ` · ${t('certificates.saved')}` : ''}
            </span>{' '}
            <button type="button" aria-label={t('certificates.removeOf', { holder: c.holder })} onClick={() => void remove(c.id, c.holder)}>
              {t('certificates.remove')}
            </button>
          </li>
        ))}
      </ul>
      <CertificateImportForm
        onImported={(holder) => {
          setMessage({ error: false, text: t('certificates.imported', { holder }) });
          void reload();
        }}
      />
      {message && (
        <p className={message.error ? 'error' : 'status'} role={message.error ? 'alert' : 'status'}>
          {message.text}
        </p>
      )}
    </section>
  );
}
