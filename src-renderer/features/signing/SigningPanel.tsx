import { useEffect, useRef, useState } from 'react';
import type { SignedVersion, SignOutcome } from '../../../src-main/shared/signing/types';
import { useI18n } from '../../i18n/I18nContext';
import { useMeeting } from '../meeting/MeetingContext';
import { ReopenConfirm } from './ReopenConfirm';
import { SignedDownload, offerSignedPdf } from './SignedDownload';
import { SignedVersionsList } from './SignedVersionsList';
import { SignForm } from './SignForm';
import { useCertificates } from './useCertificates';
import { errorText } from './errorText';

/** The file further signatures go on: the newest one not superseded by «Genåbn». */
function latestCurrent(versions: SignedVersion[]): SignedVersion | undefined {
  return versions.filter((v) => !v.supersededAt).sort((a, b) => a.signedAt.localeCompare(b.signedAt)).at(-1);
}

/**
 * «Underskrift» in the meeting screen: the signed versions, and what the status allows — sign a
 * final minutes, add the next signer or reopen a signed one. Other statuses only list versions
 * (a reopened meeting still has its superseded ones).
 */
export function SigningPanel() {
  const { meeting, client, change, announce } = useMeeting();
  const { t } = useI18n();
  const { certificates } = useCertificates(client);
  const [versions, setVersions] = useState<SignedVersion[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [signed, setSigned] = useState<{ outcome: SignOutcome; url: string } | null>(null);
  const lastUrl = useRef<string | null>(null);

  useEffect(() => {
    // Re-read whenever the meeting is re-read: a signature or «Genåbn» changes the list.
    let live = true;
    client.call('signing.versions', { meetingId: meeting.id }).then(
      (v) => live && setVersions(v),
      (e: unknown) => live && setError(errorText(e)),
    );
    return () => {
      live = false;
    };
  }, [client, meeting]);
  useEffect(() => () => void (lastUrl.current && URL.revokeObjectURL(lastUrl.current)), []);

  const onSigned = (outcome: SignOutcome) => {
    if (lastUrl.current) URL.revokeObjectURL(lastUrl.current);
    const url = offerSignedPdf(outcome);
    lastUrl.current = url;
    setSigned({ outcome, url });
    announce(t('signing.signed', { signer: outcome.version.signer }));
    // Nothing to run: change() re-reads the meeting so the screen shows «Underskrevet» and locks.
    void change(() => Promise.resolve());
  };

  const latest = versions ? latestCurrent(versions) : undefined;
  return (
    <section className="card signing-panel" aria-labelledby="signing-heading">
      <h2 id="signing-heading">{t('signing.heading')}</h2>
      {versions ? <SignedVersionsList versions={versions} /> : <p className="muted">{t('signing.loading')}</p>}
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      {signed && <SignedDownload outcome={signed.outcome} url={signed.url} />}
      {certificates && meeting.status === 'final' && <SignForm certificates={certificates} submitLabel="signing.sign" onSigned={onSigned} />}
      {certificates && meeting.status === 'signed' && (
        <>
          {latest && (
            <details>
              <summary>{t('signing.addNext')}</summary>
              <SignForm key={latest.sha256} certificates={certificates} addTo={latest.sha256} submitLabel="signing.addNext" onSigned={onSigned} />
            </details>
          )}
          <ReopenConfirm />
        </>
      )}
      {meeting.status !== 'final' && meeting.status !== 'signed' && <p className="hint">{t('signing.notFinal')}</p>}
    </section>
  );
}
