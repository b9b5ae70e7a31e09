/**
 * One PAdES baseline (B-B) signature added to a PDF as an incremental update by @libpdf/core:
 * SubFilter ETSI.CAdES.detached, SHA-256, the signing time, reason and location. Earlier
 * signatures stay valid since their bytes are left as they were (measured: @signpdf with the
 * pdf-lib placeholder broke the first signature when a second was added; @libpdf/core did not).
 */
import { PDF, type Signer } from '@libpdf/core';

export interface SignJob {
  signer: Signer;
  reason: string;
  location: string | null;
  at: Date;
}

export async function signPdf(bytes: Uint8Array, job: SignJob): Promise<Uint8Array> {
  const pdf = await PDF.load(bytes);
  const result = await pdf.sign({
    signer: job.signer,
    reason: job.reason,
    location: job.location ?? undefined,
    signingTime: job.at,
    subFilter: 'ETSI.CAdES.detached',
    level: 'B-B',
    digestAlgorithm: 'SHA-256',
  });
  return result.bytes;
}
