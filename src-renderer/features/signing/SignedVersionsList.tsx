import type { SignedVersion } from '../../../src-main/shared/signing/types';
import { useI18n } from '../../i18n/I18nContext';
import { danishDayAndTime } from './danishTime';

/**
 * The meeting's signed PDFs, newest first. Superseded ones stay listed: after «Genåbn» the signed
 * file is still the record of what was signed then, and people ask for it.
 */
export function SignedVersionsList({ versions }: { versions: SignedVersion[] }) {
  const { t } = useI18n();
  if (versions.length === 0) return <p className="muted">{t('signing.noVersions')}</p>;
  return (
    <ul className="member-list" aria-label={t('signing.versionsLabel')}>
      {[...versions].reverse().map((v) => (
        <li key={v.id}>
          <span className="person-name">{t('signing.revision', { revision: v.revision })}</span>
          <span className="muted">
            {' '}
            · {t('signing.signedBy', { signer: v.signer, count: v.signatures })} · {danishDayAndTime(v.signedAt)} ·{' '}
            {v.supersededAt ? t('signing.superseded', { date: danishDayAndTime(v.supersededAt) }) : t('signing.current')}
          </span>
        </li>
      ))}
    </ul>
  );
}
