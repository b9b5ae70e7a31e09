/**
 * A PKCS#12 file (.p12/.pfx, as MitID Erhverv and OCES certificates are exported) opened with its
 * passphrase: the signer for @libpdf/core and what a person needs to see of the certificate.
 * Each way it can fail is told apart, since each asks something different of the user.
 */
import { createHash, X509Certificate } from 'node:crypto';
import { P12Signer } from '@libpdf/core';
import { CoreError } from '../coreError';

export interface OpenedP12 {
  signer: P12Signer;
  holder: string;
  subject: string;
  issuer: string;
  serialNumber: string;
  notBefore: Date;
  notAfter: Date;
  fingerprint: string;
}

/** "CN=Mette Hansen\nO=Norddjurs Kommune" (Node's form) → "CN=Mette Hansen, O=Norddjurs Kommune". */
const oneLine = (dn: string) => dn.split('\n').filter(Boolean).join(', ');
const commonName = (dn: string) => /(?:^|\n)CN=([^\n]+)/.exec(dn)?.[1] ?? null;

export const danishDate = (d: Date) => d.toLocaleDateString('da-DK', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/Copenhagen' });

export async function openP12(bytes: Uint8Array, passphrase: string): Promise<OpenedP12> {
  let signer: P12Signer;
  try {
    signer = await P12Signer.create(bytes, passphrase);
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    // pkijs checks the file's MAC with the passphrase first: "Integrity … is broken" is the wrong passphrase.
    if (/integrity/i.test(message) || /decrypt|password/i.test(message)) {
      throw new CoreError('wrong-passphrase', 'Adgangskoden til certifikatet er forkert. Prøv igen.');
    }
    throw new CoreError('certificate-refused', 'Filen er ikke et certifikat i PKCS#12-format (.p12 eller .pfx). Vælg den fil, certifikatet blev gemt som.');
  }
  const cert = new X509Certificate(signer.certificate);
  return {
    signer,
    holder: commonName(cert.subject) ?? oneLine(cert.subject),
    subject: oneLine(cert.subject),
    issuer: oneLine(cert.issuer),
    serialNumber: cert.serialNumber,
    notBefore: new Date(cert.validFrom),
    notAfter: new Date(cert.validTo),
    fingerprint: createHash('sha256').update(signer.certificate).digest('hex'),
  };
}

/** Refuses a certificate that is not valid at `at`, saying which way. */
export function requireValidAt(p12: OpenedP12, at: Date): void {
  if (at < p12.notBefore) {
    throw new CoreError('certificate-refused', `Certifikatet for ${p12.holder} gælder først fra ${danishDate(p12.notBefore)}. Brug et andet certifikat, eller vent til da.`);
  }
  if (at > p12.notAfter) {
    throw new CoreError('certificate-refused', `Certifikatet for ${p12.holder} udløb ${danishDate(p12.notAfter)}. Hent et nyt certifikat, og importér det.`);
  }
}
