import { useEffect, useState } from 'react';
import type { Client } from '../../../src-main/shared/api/client';
import type { SyncStatus } from '../../../src-main/shared/sync/types';

/** The sync status, read once and then kept current by the core's `sync.status` events. */
export function useSyncStatus(client: Client): [SyncStatus | null, (s: SyncStatus) => void] {
  const [status, setStatus] = useState<SyncStatus | null>(null);
  useEffect(() => {
    let live = true;
    client.call('sync.status', {}).then((s) => live && setStatus(s)).catch(() => undefined);
    const off = client.on('sync.status', (s) => setStatus(s));
    // Pending changes grow with every edit; the core announces that a moment after each change.
    return () => {
      live = false;
      off();
    };
  }, [client]);
  return [status, setStatus];
}
