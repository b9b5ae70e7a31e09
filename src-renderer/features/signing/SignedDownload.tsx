import type { SignOutcome } from '../../../src-main/shared/signing/types';
import { useI18n } from '../../i18n/I18nContext';
import { bytesFromBase64 } from '../export/previewDocument';
import { startDownload } from '../export/fileDownload';

/**
 * Offers the signed PDF the same way exports are (a Blob URL: in Electron 'will-download' shows the
 * save dialog). Started from the click's handler, not an effect, so React's StrictMode cannot start
 * it twice.
 */
export function offerSignedPdf(outcome: SignOutcome): string {
  const url = URL.createObjectURL(new Blob([bytesFromBase64(outcome.dataBase64)], { type: 'application/pdf' }));
  startDownload(url, outcome.fileName);
  return url;
}

/** What was just signed, with the link kept for a second try at saving. */
export function SignedDownload({ outcome, url }: { outcome: SignOutcome; url: string }) {
  const { t } = useI18n();
  return (
    <p role="status" className="status">
      {t('signing.signed', { signer: outcome.version.signer })}{' '}
      <a href={url} download={outcome.fileName}>
        {t('signing.download', { fileName: outcome.fileName })}
      </a>
    </p>
  );
}
