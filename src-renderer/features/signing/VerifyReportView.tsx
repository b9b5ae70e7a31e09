import type { SignatureReport, VerifyReport } from '../../../src-main/shared/signing/types';
import { useI18n } from '../../i18n/I18nContext';
import { danishDayAndTime } from './danishTime';

/** One signature's checks, each said in words (not only a colour or a mark) for screen readers. */
function SignatureItem({ s }: { s: SignatureReport }) {
  const { t } = useI18n();
  return (
    <li>
      <span className="person-name">{t('verify.signature', { index: s.index, signer: s.signer ?? t('verify.unknownSigner') })}</span>
      <ul>
        <li>{s.signingTime ? t('verify.time', { time: danishDayAndTime(s.signingTime) }) : t('verify.noTime')}</li>
        <li>{s.intact ? t('verify.intact') : t('verify.notIntact')}</li>
        <li>{s.coversWholeFile ? t('verify.whole') : t('verify.notWhole')}</li>
        <li>{s.certificateValid ? t('verify.certValid') : t('verify.certInvalid')}</li>
        {s.problems.map((p) => (
          <li key={p} className="error">
            {p}
          </li>
        ))}
      </ul>
    </li>
  );
}

/** The verdict first (the core's Danish sentence), then each signature in file order. */
export function VerifyReportView({ fileName, report }: { fileName: string; report: VerifyReport }) {
  const { t } = useI18n();
  const verdict = report.signatures.length === 0 ? t('verify.none') : report.allIntact ? t('verify.allGood') : t('verify.notGood');
  return (
    <div className="verify-report" role="status">
      <p>
        <strong>{t('verify.file', { fileName })}</strong> {verdict}
      </p>
      <p>{report.summary}</p>
      {report.signatures.length > 0 && (
        <ol className="member-list" aria-label={t('verify.listLabel')}>
          {report.signatures.map((s) => (
            <SignatureItem key={s.index} s={s} />
          ))}
        </ol>
      )}
    </div>
  );
}
