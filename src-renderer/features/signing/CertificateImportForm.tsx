import { useId, useRef, useState } from 'react';
import { useI18n } from '../../i18n/I18nContext';
import { useClient } from '../../api/ClientContext';
import { readFileBase64 } from './readFileBase64';
import { errorText } from './errorText';

/**
 * Imports a .p12/.pfx (OCES/MitID Erhverv export). The passphrase is needed now to open the file
 * and read who it belongs to; «Husk» lets the core keep it encrypted by the operating system.
 */
export function CertificateImportForm({ onImported }: { onImported(holder: string): void }) {
  const client = useClient();
  const { t } = useI18n();
  const ids = useId();
  const fileInput = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<File | null>(null);
  const [passphrase, setPassphrase] = useState('');
  const [remember, setRemember] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const submit = async () => {
    if (!file) return;
    setBusy(true);
    setError(null);
    try {
      const info = await client.call('signing.importCertificate', { fileName: file.name, dataBase64: await readFileBase64(file), passphrase, rememberPassphrase: remember });
      setFile(null);
      if (fileInput.current) fileInput.current.value = '';
      setRemember(false);
      onImported(info.holder);
    } catch (e) {
      setError(errorText(e));
    } finally {
      setPassphrase('');
      setBusy(false);
    }
  };

  return (
    <form
      className="certificate-import"
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <label htmlFor={`${ids}-file`}>{t('certificates.file')}</label>
      <input id={`${ids}-file`} ref={fileInput} type="file" accept=".p12,.pfx,application/x-pkcs12" onChange={(e) => setFile(e.target.files?.[0] ?? null)} />
      <label htmlFor={`${ids}-pass`}>{t('signing.passphrase')}</label>
      <input id={`${ids}-pass`} type="password" autoComplete="off" value={passphrase} onChange={(e) => setPassphrase(e.target.value)} />
      <label>
        <input type="checkbox" checked={remember} onChange={(e) => setRemember(e.target.checked)} /> {t('certificates.remember')}
      </label>
      <button type="submit" disabled={busy || !file}>
        {t('certificates.import')}
      </button>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
    </form>
  );
}
