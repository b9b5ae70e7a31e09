/** Signing and verification as the app and the CLI see them. JSON safe: dates are ISO strings. */

export interface CertificateInfo {
  id: string;
  /** The holder's name (the subject's CN, else the whole subject). */
  holder: string;
  /** The subject as one line, e.g. "CN=Mette Hansen, O=Norddjurs Kommune". */
  subject: string;
  issuer: string;
  serialNumber: string;
  notBefore: string;
  notAfter: string;
  /** SHA-256 of the certificate (DER), hex. */
  fingerprint: string;
  /** The passphrase is kept (encrypted by the operating system), so signing does not ask. */
  passphraseSaved: boolean;
  importedAt: string;
}

export interface SignedVersion {
  id: string;
  meetingId: string;
  /** The meeting revision the PDF shows. */
  revision: number;
  /** SHA-256 of the PDF file, hex; the file is kept in the data folder under it. */
  sha256: string;
  /** How many signatures the file holds. */
  signatures: number;
  /** Who signed last. */
  signer: string;
  signedAt: string;
  /** Set when the meeting was reopened («Genåbn»): this file no longer is the meeting's record. */
  supersededAt: string | null;
}

export interface SignOutcome {
  fileName: string;
  dataBase64: string;
  version: SignedVersion;
}

export interface SignatureReport {
  /** 1-based, in file order (the first signer first). */
  index: number;
  /** The signature field's name, e.g. "Signature_1". */
  fieldName: string | null;
  signer: string | null;
  signerSubject: string | null;
  issuer: string | null;
  /** The signing time the signature claims (ISO), if any. */
  signingTime: string | null;
  reason: string | null;
  location: string | null;
  subFilter: string | null;
  /** The certificate was valid (notBefore ≤ signing time ≤ notAfter). */
  certificateValid: boolean;
  certificateNotBefore: string | null;
  certificateNotAfter: string | null;
  /** The digest of the signed bytes matches and the signature over it verifies. */
  intact: boolean;
  /** The signed ranges run from the start of the file to its end (the only hole: this signature's own value). */
  coversWholeFile: boolean;
  /** Bytes after the end of this signature's revision. */
  bytesAfter: number;
  /** Danish, for people: what is wrong, empty when nothing is. */
  problems: string[];
}

export interface VerifyReport {
  signatures: SignatureReport[];
  /** Every signature intact, and the last one covers the whole file (nothing unsigned after it). */
  allIntact: boolean;
  /** One line for people, Danish. */
  summary: string;
}
