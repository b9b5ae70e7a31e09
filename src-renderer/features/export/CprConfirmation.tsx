import type { CprFinding } from '../../../src-main/shared/export/types';
import { useI18n } from '../../i18n/I18nContext';

/**
 * A public export found text that looks like a CPR number in what it would publish. The
 * referent sees where (item, field, the excerpt with the last four digits masked by the core) and
 * either goes back to correct it or exports anyway. Nothing was rendered until they confirm.
 */
export function CprConfirmation({ message, findings, onConfirm, onCancel }: { message: string; findings: CprFinding[]; onConfirm(): void; onCancel(): void }) {
  const { t } = useI18n();
  return (
    <section className="cpr-confirmation" aria-labelledby="cpr-heading">
      <h3 id="cpr-heading">{t('export.cprHeading')}</h3>
      {/* Announced at once; the focus goes to "Annullér", the safe choice. */}
      <p role="alert">{message}</p>
      <ul className="cpr-findings">
        {findings.map((f, i) => (
          <li key={`${f.itemId ?? 'meeting'}-${f.fieldLabel}-${i}`}>
            <span className="where">
              {f.itemNumber ? t('export.cprInItem', { number: f.itemNumber, title: f.itemTitle ?? '' }) : t('export.cprInMeeting')} · {f.fieldLabel}
            </span>
            <q>{f.excerpt}</q>
          </li>
        ))}
      </ul>
      <div className="actions">
        <button type="button" className="primary" onClick={onConfirm}>
          {t('export.cprConfirm')}
        </button>
        <button type="button" onClick={onCancel} autoFocus>
          {t('export.cprCancel')}
        </button>
      </div>
    </section>
  );
}
