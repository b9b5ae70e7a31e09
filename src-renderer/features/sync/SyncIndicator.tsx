import { useClient } from '../../api/ClientContext';
import { useI18n } from '../../i18n/I18nContext';
import { syncSummary } from './syncSummary';
import { useSyncStatus } from './useSyncStatus';

/** In the top bar on every screen: how the shared drive stands, a link to «Fælles drev». */
export function SyncIndicator() {
  const client = useClient();
  const { t } = useI18n();
  const [status] = useSyncStatus(client);
  const summary = status && syncSummary(status, t);
  if (!summary) return null;
  return (
    <span className={`sync-indicator sync-${summary.tone}`} role="status" aria-live="polite">
      <a href="#/drev" title={status?.problem?.message ?? undefined}>
        {summary.text}
      </a>
    </span>
  );
}
