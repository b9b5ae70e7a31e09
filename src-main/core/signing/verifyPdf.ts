/**
 * Verifies every signature in any PDF, with nothing but its bytes: for each `/ByteRange`, the
 * CMS signature in the hole is parsed (pkijs), the digest of the signed bytes compared with the
 * one the signer signed, that signature checked against the signer's certificate (node:crypto),
 * and the ranges compared with the file: a signature covers the whole file only when nothing
 * follows its revision. pdfsig is the independent check of the same in the tests.
 */
import { constants, createHash, verify, X509Certificate, type KeyObject } from 'node:crypto';
import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';
import type { SignatureReport, VerifyReport } from '../../shared/signing/types';
import { fieldNameFor, findSignatures, pdfNameValue, pdfStringValue, type FoundSignature } from './pdfSignatureDict';
import { danishDate } from './p12';

const oid = {
  messageDigest: '1.2.840.113549.1.9.4',
  signingTime: '1.2.840.113549.1.9.5',
  rsaPss: '1.2.840.113549.1.1.10',
  // ESS signing-certificate attributes (RFC 5035, RFC 2634): the hash of the signer's certificate,
  // signed with the rest, so a certificate swapped or edited in the (unsigned) certificate list shows.
  signingCertificateV2: '1.2.840.113549.1.9.16.2.47',
  signingCertificate: '1.2.840.113549.1.9.16.2.12',
};
const digestNames: Record<string, string> = {
  '1.3.14.3.2.26': 'sha1',
  '2.16.840.1.101.3.4.2.1': 'sha256',
  '2.16.840.1.101.3.4.2.2': 'sha384',
  '2.16.840.1.101.3.4.2.3': 'sha512',
};

const oneLine = (dn: string) => dn.split('\n').filter(Boolean).join(', ');
const commonName = (dn: string) => /(?:^|\n)CN=([^\n]+)/.exec(dn)?.[1] ?? oneLine(dn);

export function verifyPdf(bytes: Uint8Array): VerifyReport {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const text = buf.toString('latin1');
  const found = findSignatures(text);
  const signatures = found.map((f, i) => checkOne(buf, text, f, i + 1, i === found.length - 1));
  const allIntact = signatures.length > 0 && signatures.every((s) => s.intact) && signatures[signatures.length - 1]!.coversWholeFile;
  return { signatures, allIntact, summary: summarize(signatures, allIntact) };
}

function summarize(signatures: SignatureReport[], allIntact: boolean): string {
  if (!signatures.length) return 'Filen har ingen digitale underskrifter.';
  if (allIntact) return signatures.length === 1 ? 'Underskriften er intakt, og filen er ikke ændret efter den.' : `Alle ${signatures.length} underskrifter er intakte, og filen er ikke ændret efter den sidste.`;
  const bad = signatures.filter((s) => s.problems.length).map((s) => `underskrift ${s.index} (${s.fieldName ?? 'uden navn'}, ${s.signer ?? 'ukendt'})`);
  return `Filen kan ikke godtages som underskrevet: ${bad.join('; ')}.`;
}

function checkOne(buf: Buffer, text: string, f: FoundSignature, index: number, isLast: boolean): SignatureReport {
  const [a, b, c, d] = f.range;
  const problems: string[] = [];
  const report: SignatureReport = {
    index,
    fieldName: fieldNameFor(text, f.objectNumber),
    signer: null,
    signerSubject: null,
    issuer: null,
    signingTime: null,
    reason: pdfStringValue(f.dictText, 'Reason'),
    location: pdfStringValue(f.dictText, 'Location'),
    subFilter: pdfNameValue(f.dictText, 'SubFilter'),
    certificateValid: false,
    certificateNotBefore: null,
    certificateNotAfter: null,
    intact: false,
    coversWholeFile: false,
    bytesAfter: Math.max(0, buf.length - (c + d)),
    problems,
  };
  const sane = a === 0 && b > 0 && c > b && d >= 0 && c + d <= buf.length;
  if (!sane) {
    problems.push('Underskriftens byteintervaller passer ikke til filen (filen er afkortet eller ændret).');
    return report;
  }
  report.coversWholeFile = c + d === buf.length;
  if (isLast && !report.coversWholeFile) {
    problems.push(`${report.bytesAfter} byte efter underskriften er ikke underskrevet: filen er ændret eller udvidet, efter den blev underskrevet.`);
  }

  let signed: pkijs.SignedData;
  try {
    const hex = buf.toString('latin1', b, c).replace(/^\s*<|>\s*$/g, '').replace(/\s+/g, '');
    const der = Buffer.from(hex, 'hex');
    const asn = asn1js.fromBER(der.buffer.slice(der.byteOffset, der.byteOffset + der.byteLength));
    if (asn.offset === -1) throw new Error('BER');
    const info = new pkijs.ContentInfo({ schema: asn.result });
    signed = new pkijs.SignedData({ schema: info.content });
  } catch {
    problems.push('Underskriftsværdien kan ikke læses (den er ændret eller ikke en CMS-underskrift).');
    return report;
  }
  const si = signed.signerInfos[0];
  const cert = si ? signerCertificate(signed, si) : null;
  if (!si || !cert) {
    problems.push('Underskriften indeholder ikke underskriverens certifikat.');
    return report;
  }
  report.signer = commonName(cert.subject);
  report.signerSubject = oneLine(cert.subject);
  report.issuer = oneLine(cert.issuer);
  const notBefore = new Date(cert.validFrom);
  const notAfter = new Date(cert.validTo);
  report.certificateNotBefore = notBefore.toISOString();
  report.certificateNotAfter = notAfter.toISOString();

  const attrs = si.signedAttrs?.attributes ?? [];
  const attr = (type: string) => attrs.find((x) => x.type === type)?.values[0];
  const time = attr(oid.signingTime);
  const when = time instanceof asn1js.UTCTime || time instanceof asn1js.GeneralizedTime ? time.toDate() : pdfDate(pdfStringValue(f.dictText, 'M'));
  report.signingTime = when?.toISOString() ?? null;
  const at = when ?? new Date();
  report.certificateValid = at >= notBefore && at <= notAfter;
  if (!report.certificateValid) problems.push(`Certifikatet var ikke gyldigt, da der blev underskrevet (gyldigt ${danishDate(notBefore)} – ${danishDate(notAfter)}).`);

  const digestName = digestNames[si.digestAlgorithm.algorithmId];
  if (!digestName) {
    problems.push('Underskriften bruger en ukendt hashalgoritme.');
    return report;
  }
  const content = Buffer.concat([buf.subarray(a, a + b), buf.subarray(c, c + d)]);
  const digest = createHash(digestName).update(content).digest();
  const claimed = attr(oid.messageDigest);
  const digestOk = claimed instanceof asn1js.OctetString ? Buffer.from(claimed.valueBlock.valueHexView).equals(digest) : false;
  const signatureOk = checkSignatureValue(si, cert.publicKey, digestName, si.signedAttrs ? null : content);
  const certificateOk = signedCertificateMatches(attr(oid.signingCertificateV2), attr(oid.signingCertificate), cert);
  report.intact = digestOk && signatureOk && certificateOk;
  if (!digestOk) problems.push('De underskrevne bytes er ændret: deres hashværdi passer ikke med den underskrevne.');
  else if (!signatureOk) problems.push('Underskriftsværdien passer ikke til certifikatet.');
  else if (!certificateOk) problems.push('Underskriverens certifikat i filen er ikke det, der blev underskrevet med: det er ændret eller skiftet ud.');
  return report;
}

/**
 * Whether the certificate found is the one the signer named in the signed attributes (ESSCertIDv2,
 * else ESSCertID). A signature without either attribute names none, and passes: its value was
 * still checked against the certificate's key.
 */
function signedCertificateMatches(v2: unknown, v1: unknown, cert: X509Certificate): boolean {
  const named = v2 ?? v1;
  if (!(named instanceof asn1js.Sequence)) return true;
  const certs = named.valueBlock.value[0];
  const first = certs instanceof asn1js.Sequence ? certs.valueBlock.value[0] : undefined;
  if (!(first instanceof asn1js.Sequence)) return false;
  const parts = first.valueBlock.value;
  // ESSCertIDv2 starts with the hash algorithm unless it is SHA-256; ESSCertID is always SHA-1.
  let hashName = v2 ? 'sha256' : 'sha1';
  const algorithm = parts[0] instanceof asn1js.Sequence ? parts[0].valueBlock.value[0] : undefined;
  if (v2 && algorithm instanceof asn1js.ObjectIdentifier) {
    const name = digestNames[algorithm.valueBlock.toString()];
    if (!name) return false;
    hashName = name;
  }
  const hash = parts.find((x): x is asn1js.OctetString => x instanceof asn1js.OctetString);
  return !!hash && Buffer.from(hash.valueBlock.valueHexView).equals(createHash(hashName).update(cert.raw).digest());
}

function signerCertificate(signed: pkijs.SignedData, si: pkijs.SignerInfo): X509Certificate | null {
  const certs = (signed.certificates ?? []).filter((x): x is pkijs.Certificate => x instanceof pkijs.Certificate);
  const sid = si.sid as unknown;
  const match =
    sid instanceof pkijs.IssuerAndSerialNumber
      ? certs.find((x) => x.serialNumber.isEqual(sid.serialNumber) && Buffer.from(x.issuer.toSchema().toBER()).equals(Buffer.from(sid.issuer.toSchema().toBER())))
      : certs[0];
  return match ? new X509Certificate(Buffer.from(match.toSchema().toBER())) : null;
}

/** The signature over the signed attributes (DER as a SET, as signed), or over the content when there are none. */
function checkSignatureValue(si: pkijs.SignerInfo, key: KeyObject, digestName: string, content: Buffer | null): boolean {
  try {
    let data: Buffer;
    if (content) data = content;
    else {
      data = Buffer.from(si.signedAttrs!.toSchema().toBER());
      data[0] = 0x31; // [0] IMPLICIT in the SignerInfo, a SET when signed
    }
    const sig = Buffer.from(si.signature.valueBlock.valueHexView);
    const pss = si.signatureAlgorithm.algorithmId === oid.rsaPss;
    return verify(digestName, data, pss ? { key, padding: constants.RSA_PKCS1_PSS_PADDING, saltLength: constants.RSA_PSS_SALTLEN_AUTO } : key, sig);
  } catch {
    return false;
  }
}

/** "D:20260423101500+02'00'" → Date. */
function pdfDate(s: string | null): Date | null {
  const m = s && /D:(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})?(Z|[+-]\d{2}'?\d{2}'?)?/.exec(s);
  if (!m) return null;
  const tz = !m[7] || m[7] === 'Z' ? 'Z' : `${m[7].slice(0, 3)}:${m[7].replace(/'/g, '').slice(3, 5)}`;
  const d = new Date(`${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6] ?? '00'}${tz}`);
  return isNaN(d.getTime()) ? null : d;
}
