import type { ExportedFile } from '../../../src-main/shared/export/types';
import { useI18n } from '../../i18n/I18nContext';

/**
 * A finished export: the file (a link to save it again), whether the PDF is accessible
 * (PDF/UA, issue 10) or what stands in the way, and the core's warnings.
 */
export function ExportOutcome({ file, url }: { file: ExportedFile; url: string }) {
  const { t } = useI18n();
  const inElectron = typeof window !== 'undefined' && Boolean(window.referent);
  return (
    <div className="export-outcome">
      <p>
        {file.pages === null ? t('export.doneDocx', { name: file.fileName }) : t('export.donePdf', { name: file.fileName, pages: file.pages })}{' '}
        {inElectron ? t('export.savedElectron') : t('export.savedBrowser')}
      </p>
      <p>
        <a href={url} download={file.fileName}>
          {t('export.saveAgain', { name: file.fileName })}
        </a>
      </p>
      {file.pdfua &&
        (file.pdfua.conforms ? (
          <p className="pdfua-badge">
            <span aria-hidden="true">✓ </span>
            {t('export.pdfua')}
          </p>
        ) : (
          <div className="pdfua-missing">
            <p>{t('export.pdfuaMissing')}</p>
            <ul>
              {file.pdfua.missing.map((m) => (
                <li key={m}>{m}</li>
              ))}
            </ul>
          </div>
        ))}
      {file.warnings.length > 0 && (
        <div className="export-warnings">
          <p>{t('export.warnings')}</p>
          <ul>
            {file.warnings.map((w) => (
              <li key={w}>{w}</li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
