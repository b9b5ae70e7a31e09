import { useState } from 'react';
import { useClient } from '../../api/ClientContext';
import { useI18n } from '../../i18n/I18nContext';
import type { SyncChoice, SyncConflict, SyncFieldConflict } from '../../../src-main/shared/sync/types';
import type { MessageKey } from '../../i18n/da';
import { errorText } from '../signing/errorText';
import { routeHref } from '../../app/useRoute';
import { shortDanishDate } from '../../../src-main/shared/format/danishDate';

/** One meeting in conflict: each field with both versions side by side; the referent picks per field, or keeps both meetings. */
export function ConflictResolver({ conflict, onResolved }: { conflict: SyncConflict; onResolved(text: string): void }) {
  const client = useClient();
  const { t } = useI18n();
  const [choices, setChoices] = useState<Record<string, SyncChoice>>({});
  const [error, setError] = useState<string | null>(null);
  const missing = conflict.fields.filter((f) => !choices[f.path]).length;

  const label = (f: SyncFieldConflict) => {
    const key = `sync.field.${f.key}` as MessageKey;
    const field = (t(key) as string | undefined) ?? f.key;
    if (!f.item) return field;
    const item = t('sync.itemLabel', { number: f.item.number ?? '', title: f.item.title }).replace(/\s+/g, ' ').trim();
    return f.path.split('.').length === 2 ? item : `${item}: ${field}`;
  };

  const resolve = async (input: { choices: Record<string, SyncChoice> } | { keepBoth: true }) => {
    setError(null);
    try {
      await client.call('sync.resolve', { meetingId: conflict.meetingId, ...input });
      onResolved('keepBoth' in input ? t('sync.keptBoth', { title: conflict.title }) : t('sync.resolved', { title: conflict.title }));
    } catch (e) {
      setError(errorText(e));
    }
  };

  return (
    <li className="sync-conflict">
      <h4>
        <a href={routeHref({ name: 'meeting', id: conflict.meetingId })}>{conflict.title}</a> <span className="muted">({shortDanishDate(conflict.date)})</span>
      </h4>
      <p className="muted">{t(conflict.source === 'file' ? 'sync.conflictFromDrive' : 'sync.conflictFromCopy')}</p>
      {conflict.fields.map((f) => (
        <fieldset key={f.path} className="sync-field">
          <legend>{label(f)}</legend>
          {(['local', 'remote'] as const).map((side) => (
            <label key={side} className="sync-choice">
              <input type="radio" name={`${conflict.meetingId}-${f.path}`} checked={choices[f.path] === side} onChange={() => setChoices((c) => ({ ...c, [f.path]: side }))} />
              <span className="sync-side">{t(side === 'local' ? 'sync.mine' : 'sync.theirs')}</span>
              <span className="sync-value">{side === 'local' ? f.localText : f.remoteText}</span>
            </label>
          ))}
        </fieldset>
      ))}
      <div className="row">
        <button type="button" disabled={missing > 0} aria-describedby={missing > 0 ? `missing-${conflict.meetingId}` : undefined} onClick={() => void resolve({ choices })}>
          {t('sync.saveChoices')}
        </button>
        <button type="button" onClick={() => void resolve({ keepBoth: true })}>
          {t('sync.keepBoth')}
        </button>
      </div>
      {missing > 0 && (
        <p id={`missing-${conflict.meetingId}`} className="muted">
          {t('sync.chooseEach', { n: missing })}
        </p>
      )}
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
    </li>
  );
}
