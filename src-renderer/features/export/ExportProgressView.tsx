import { useI18n } from '../../i18n/I18nContext';

/**
 * The progress bar and the core's Danish stage message ("Sidetal til indholdsfortegnelsen
 * beregnes …"). The live region around it is the dialog's (ExportDialog), present from the start
 * so screen readers hear the changes.
 */
export function ExportProgressView({ fraction, message }: { fraction: number; message: string | null }) {
  const { t } = useI18n();
  return (
    <div className="export-progress">
      <progress max={1} value={fraction} aria-label={t('export.progress')} />
      <span>{message ?? t('export.starting')}</span>
    </div>
  );
}
