import { useCallback, useEffect, useState } from 'react';
import type { Forum } from '../../../src-main/shared/domain/forum';
import { useClient } from '../../api/ClientContext';

/** The forum list, kept fresh by the core's `forums.changed` event. */
export function useForums() {
  const client = useClient();
  const [forums, setForums] = useState<Forum[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  const reload = useCallback(async () => {
    try {
      setForums(await client.call('forums.list', {}));
      setError(null);
    } catch (e) {
      setError((e as Error).message);
    }
  }, [client]);

  useEffect(() => {
    void reload();
    return client.on('forums.changed', () => void reload());
  }, [client, reload]);

  return { forums, error, reload };
}
