/**
 * Signing: certificates (PKCS#12), signing the final minutes as PAdES (each further signer an
 * incremental update that keeps the earlier signatures valid), verifying any PDF, and «Genåbn».
 *
 * Refusals: `wrong-passphrase` (or no passphrase given and none saved), `certificate-refused`
 * (not a PKCS#12 file, expired, not yet valid; the message says which), `meeting-locked`,
 * `conflict` (the meeting is not final, or the PDF to add to is not this meeting's signed file).
 */
import { z } from 'zod';
import { method } from './method';
import { id } from './fields';
import type { Saved } from '../domain/meeting';
import type { CertificateInfo, SignedVersion, SignOutcome, VerifyReport } from '../signing/types';

const base64 = z.string().min(1).regex(/^[A-Za-z0-9+/]*={0,2}$/, 'Filen er ikke kodet som base64.');
const passphrase = z.string().max(1000);

export const signingMethods = {
  'signing.importCertificate': method<CertificateInfo>()(
    z
      .object({
        fileName: z.string().min(1).max(500),
        dataBase64: base64,
        passphrase,
        /** Keep the passphrase, encrypted by the operating system (never in plain text). */
        rememberPassphrase: z.boolean().default(false),
      })
      .strict(),
  ),
  'signing.listCertificates': method<CertificateInfo[]>()(z.object({}).strict()),
  'signing.removeCertificate': method<{ removed: true }>()(z.object({ id }).strict()),
  'signing.sign': method<SignOutcome>()(
    z
      .object({
        meetingId: id,
        certificateId: id,
        /** Absent: the saved passphrase. */
        passphrase: passphrase.optional(),
        /** Default "Godkendt referat". */
        reason: z.string().trim().min(1).max(500).optional(),
        /** Add the next signature to this signed PDF of the meeting (its SHA-256); absent: sign a fresh rendering. */
        addTo: z.string().regex(/^[0-9a-f]{64}$/).optional(),
      })
      .strict(),
  ),
  'signing.versions': method<SignedVersion[]>()(z.object({ meetingId: id }).strict()),
  'signing.verify': method<VerifyReport>()(z.object({ dataBase64: base64 }).strict()),
  /** «Genåbn»: a signed meeting becomes final again with an addendum item «Tilføjelse»; its signed PDFs are marked superseded. */
  'meetings.reopen': method<Saved & { itemId: string }>()(z.object({ meetingId: id }).strict()),
};
