import { useCallback, useEffect, useState } from 'react';
import type { Client } from '../../../src-main/shared/api/client';
import type { MeetingView } from '../../../src-main/shared/domain/meeting';
import { pageInputClock } from './inputClock';
import { SaveQueue, saveDelayMs } from './saveQueue';

/** Loads a meeting, keeps the save queue, and exposes reload/change for structural edits. */
export function useMeetingLoader(client: Client, id: string) {
  const [meeting, setMeeting] = useState<MeetingView | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [saves] = useState(() => new SaveQueue(saveDelayMs, pageInputClock()));

  const reload = useCallback(async () => {
    try {
      setMeeting(await client.call('meetings.get', { id }));
      setError(null);
    } catch (e) {
      setError((e as Error).message);
    }
  }, [client, id]);

  useEffect(() => {
    void reload();
  }, [reload]);

  // Leaving or reloading the window writes what is waiting (best effort: the debounce is short).
  useEffect(() => {
    const flush = () => void saves.flush();
    window.addEventListener('pagehide', flush);
    return () => {
      window.removeEventListener('pagehide', flush);
      flush();
    };
  }, [saves]);

  const change = useCallback(
    async (run: () => Promise<unknown>) => {
      await saves.flush();
      try {
        await run();
        await reload();
        return true;
      } catch (e) {
        saves.report((e as Error).message);
        await reload();
        return false;
      }
    },
    [saves, reload],
  );

  return { meeting, error, saves, reload, change };
}
