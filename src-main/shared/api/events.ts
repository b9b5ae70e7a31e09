import type { Forum } from '../domain/forum';
import type { ExportProgress } from '../export/types';
import type { SyncStatus } from '../sync/types';

/** What the core pushes to the renderer. Payloads are JSON safe. */
export interface EventPayloads {
  'forums.changed': { forum: Forum };
  'meetings.changed': { meetingId: string; revision: number };
  'export.progress': ExportProgress;
  'sync.status': SyncStatus;
  /** A meeting was replaced by (or merged with) the version on the shared drive: an open screen offers to show it. */
  'sync.meetingUpdated': { meetingId: string };
}

export type EventName = keyof EventPayloads;

export const eventNames: readonly EventName[] = ['forums.changed', 'meetings.changed', 'export.progress', 'sync.status', 'sync.meetingUpdated'];

export function isEventName(name: unknown): name is EventName {
  return typeof name === 'string' && (eventNames as readonly string[]).includes(name);
}
