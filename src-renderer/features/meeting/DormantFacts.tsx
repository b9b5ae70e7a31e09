import type { MeetingSubItem } from '../../../src-main/shared/domain/meeting';
import { useI18n } from '../../i18n/I18nContext';

/**
 * An item's own facts as text while its section sleeps (sectionAwake.ts): what its title,
 * subtitle, presenter, planned time and kind fields hold, in the place those fields take.
 */
export function DormantFacts({ item }: { item: MeetingSubItem }) {
  const { t } = useI18n();
  const rest = [item.subtitle, item.presenter && `v/ ${item.presenter}`, typeof item.plannedMinutes === 'number' && `(${item.plannedMinutes} min.)`, item.kind && t(`itemKind.${item.kind}`)].filter(Boolean);
  return (
    <div className="dormant-facts">
      {/* The heading names the item to a screen reader already. */}
      <p className="dormant-title" aria-hidden="true">
        {item.title}
      </p>
      {rest.length > 0 && <p>{rest.join(' · ')}</p>}
    </div>
  );
}

/** Sagsnr., KLE, åben/lukket and Sagsgang as text while the section sleeps. */
export function DormantCaseFacts({ item }: { item: MeetingSubItem }) {
  const { t } = useI18n();
  const facts = [
    item.caseNumber && `${t('item.caseNumber')} ${item.caseNumber}`,
    item.kleNumber && `${t('item.kleNumber')} ${item.kleNumber}`,
    item.access === 'closed' && t('access.closed'),
    item.routing && `${t('item.routing')}: ${item.routing}`,
  ].filter(Boolean);
  return <p className="dormant-facts">{facts.join(' · ')}</p>;
}
