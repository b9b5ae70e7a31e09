/** A conflict as the referent sees it: each clashing field with both values as text. */
import type { MeetingFile } from '../../shared/meetingFile/types';
import { docToPlainText } from '../../shared/richText/plainText';
import type { RichDoc } from '../../shared/richText/proseMirror';
import type { SyncFieldConflict } from '../../shared/sync/types';
import type { RawConflict } from './mergeMeetings';

const isDoc = (v: unknown): v is RichDoc => typeof v === 'object' && v !== null && (v as { type?: unknown }).type === 'doc';

/** A value as one line of text: rich text as its words, lists and objects as their texts joined. */
export function valueText(v: unknown): string {
  if (v === undefined || v === null || v === '') return '(tom)';
  if (isDoc(v)) return docToPlainText(v).trim() || '(tom)';
  if (typeof v === 'boolean') return v ? 'ja' : 'nej';
  if (typeof v === 'string' || typeof v === 'number') return String(v);
  if (Array.isArray(v)) return v.length ? v.map(valueText).join(' · ') : '(tom)';
  const parts = Object.entries(v as Record<string, unknown>)
    .filter(([k, x]) => k !== 'id' && !k.endsWith('Id') && !k.endsWith('Ids') && x !== null && x !== undefined && x !== '')
    .map(([, x]) => valueText(x));
  return parts.length ? parts.join(' · ') : '(tom)';
}

export function describeConflicts(raw: RawConflict[], local: MeetingFile, remote: MeetingFile): SyncFieldConflict[] {
  const itemOf = (id: string | null) => {
    if (!id) return null;
    const it = (local.items ?? []).find((i) => i.id === id) ?? (remote.items ?? []).find((i) => i.id === id);
    return it ? { number: it.number ?? null, title: it.title } : { number: null, title: '' };
  };
  return raw.map((c) => ({
    path: c.path,
    key: c.key,
    item: itemOf(c.itemId),
    localText: c.local === null && c.path.split('.').length === 2 && c.path.includes('.') ? '(slettet)' : valueText(c.local),
    remoteText: c.remote === null && c.path.split('.').length === 2 && c.path.includes('.') ? '(slettet)' : valueText(c.remote),
  }));
}
