import { exportVariants } from '../../../src-main/shared/export/types';
import { useI18n } from '../../i18n/I18nContext';
import type { ExportChoice } from './useExportRun';

/** What to export: the variant (radio buttons in a fieldset), public or not, samlet or not. */
export function ExportOptionsForm({ choice, onChange, disabled }: { choice: ExportChoice; onChange(next: ExportChoice): void; disabled: boolean }) {
  const { t } = useI18n();
  return (
    <div className="export-options">
      <fieldset disabled={disabled}>
        <legend>{t('export.variant')}</legend>
        {exportVariants.map((v) => (
          <label key={v} className="check">
            <input type="radio" name="export-variant" value={v} checked={choice.variant === v} onChange={() => onChange({ ...choice, variant: v })} />
            {t(`kind.${v}`)}
          </label>
        ))}
      </fieldset>
      <fieldset disabled={disabled}>
        <legend>{t('export.options')}</legend>
        <label className="check">
          <input type="checkbox" checked={choice.public} aria-describedby="export-public-hint" onChange={(e) => onChange({ ...choice, public: e.target.checked })} />
          {t('export.public')}
        </label>
        <p id="export-public-hint" className="hint">
          {t('export.publicHint')}
        </p>
        <label className="check">
          <input type="checkbox" checked={choice.samlet} aria-describedby="export-samlet-hint" onChange={(e) => onChange({ ...choice, samlet: e.target.checked })} />
          {t('export.samlet')}
        </label>
        <p id="export-samlet-hint" className="hint">
          {t('export.samletHint')}
        </p>
      </fieldset>
    </div>
  );
}
