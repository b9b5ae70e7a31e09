import { useId, useState } from 'react';
import type { CertificateInfo, SignOutcome } from '../../../src-main/shared/signing/types';
import { useI18n } from '../../i18n/I18nContext';
import type { MessageKey } from '../../i18n/da';
import { useMeeting } from '../meeting/MeetingContext';
import { errorText } from './errorText';

interface Props {
  certificates: CertificateInfo[];
  /** SHA-256 of the signed PDF to add the next signature to; absent: the first signature. */
  addTo?: string;
  submitLabel: MessageKey;
  onSigned(outcome: SignOutcome): void;
}

/**
 * Certificate, passphrase and reason, then one call to `signing.sign`. The passphrase lives only
 * in this form's state and is cleared after each try, so it is not kept in memory longer than needed.
 */
export function SignForm({ certificates, addTo, submitLabel, onSigned }: Props) {
  const { meeting, client, saves } = useMeeting();
  const { t } = useI18n();
  const ids = useId();
  const [certificateId, setCertificateId] = useState(certificates[0]?.id ?? '');
  const [passphrase, setPassphrase] = useState('');
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const chosen = certificates.find((c) => c.id === certificateId);

  if (certificates.length === 0) return <p className="hint">{t('signing.noCertificates')}</p>;

  const submit = async () => {
    setBusy(true);
    setError(null);
    try {
      // Typing still on its way would otherwise be missing from the signed PDF.
      await saves.flush();
      const outcome = await client.call('signing.sign', {
        meetingId: meeting.id,
        certificateId,
        // Empty means «use the saved passphrase»: the core refuses if there is none.
        passphrase: passphrase === '' ? undefined : passphrase,
        reason: reason.trim() === '' ? undefined : reason.trim(),
        addTo,
      });
      onSigned(outcome);
    } catch (e) {
      setError(errorText(e));
    } finally {
      setPassphrase('');
      setBusy(false);
    }
  };

  return (
    <form
      className="sign-form"
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <label htmlFor={`${ids}-cert`}>{t('signing.certificate')}</label>
      <select id={`${ids}-cert`} value={certificateId} onChange={(e) => setCertificateId(e.target.value)}>
        {certificates.map((c) => (
          <option key={c.id} value={c.id}>
            {c.holder} ({c.issuer})
          </option>
        ))}
      </select>
      <label htmlFor={`${ids}-pass`}>{t('signing.passphrase')}</label>
      <input
        id={`${ids}-pass`}
        type="password"
        autoComplete="off"
        value={passphrase}
        onChange={(e) => setPassphrase(e.target.value)}
        aria-describedby={chosen?.passphraseSaved ? `${ids}-saved` : undefined}
      />
      {chosen?.passphraseSaved && (
        <p id={`${ids}-saved`} className="hint">
          {t('signing.passphraseSaved')}
        </p>
      )}
      <label htmlFor={`${ids}-reason`}>{t('signing.reason')}</label>
      <input id={`${ids}-reason`} type="text" value={reason} placeholder={t('signing.reasonPlaceholder')} onChange={(e) => setReason(e.target.value)} />
      <button type="submit" disabled={busy || !certificateId}>
        {busy ? t('signing.signing') : t(submitLabel)}
      </button>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
    </form>
  );
}
