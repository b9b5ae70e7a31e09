import { useCallback, useEffect, useState } from 'react';
import type { Client } from '../../../src-main/shared/api/client';
import type { CertificateInfo } from '../../../src-main/shared/signing/types';

/** The imported certificates, re-read on demand (after an import or a removal). */
export function useCertificates(client: Client): { certificates: CertificateInfo[] | null; reload(): Promise<void> } {
  const [certificates, setCertificates] = useState<CertificateInfo[] | null>(null);
  const reload = useCallback(async () => setCertificates(await client.call('signing.listCertificates', {})), [client]);
  useEffect(() => {
    // A failed read leaves the list empty rather than breaking the screen around it.
    reload().catch(() => setCertificates([]));
  }, [reload]);
  return { certificates, reload };
}
