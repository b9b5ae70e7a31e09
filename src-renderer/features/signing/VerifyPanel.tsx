import { useId, useState } from 'react';
import type { VerifyReport } from '../../../src-main/shared/signing/types';
import { useClient } from '../../api/ClientContext';
import { useI18n } from '../../i18n/I18nContext';
import { readFileBase64 } from './readFileBase64';
import { errorText } from './errorText';
import { VerifyReportView } from './VerifyReportView';

/**
 * «Kontrollér en underskrevet PDF»: any PDF, also one signed elsewhere. A file input for the
 * keyboard, and the same region takes a dropped file for those who drag from the file manager.
 */
export function VerifyPanel() {
  const client = useClient();
  const { t } = useI18n();
  const ids = useId();
  const [result, setResult] = useState<{ fileName: string; report: VerifyReport } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [over, setOver] = useState(false);

  const check = async (file: File) => {
    setBusy(true);
    setError(null);
    setResult(null);
    try {
      setResult({ fileName: file.name, report: await client.call('signing.verify', { dataBase64: await readFileBase64(file) }) });
    } catch (e) {
      setError(errorText(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="card" aria-labelledby={`${ids}-heading`}>
      <h2 id={`${ids}-heading`}>{t('verify.heading')}</h2>
      <div
        role="region"
        aria-label={t('verify.dropZone')}
        className={over ? 'drop-zone over' : 'drop-zone'}
        onDragOver={(e) => {
          // Without preventDefault the browser opens the dropped PDF itself instead.
          e.preventDefault();
          setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={(e) => {
          e.preventDefault();
          setOver(false);
          const file = e.dataTransfer.files[0];
          if (file) void check(file);
        }}
      >
        <label htmlFor={`${ids}-file`}>{t('verify.choose')}</label>{' '}
        <input
          id={`${ids}-file`}
          type="file"
          accept=".pdf,application/pdf"
          onChange={(e) => {
            const file = e.target.files?.[0];
            e.target.value = '';
            if (file) void check(file);
          }}
        />
        <p className="hint">{t('verify.dropHint')}</p>
      </div>
      {busy && <p role="status">{t('verify.checking')}</p>}
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      {result && <VerifyReportView fileName={result.fileName} report={result.report} />}
    </section>
  );
}
