import { createContext, useContext } from 'react';
import type { Client } from '../../../src-main/shared/api/client';
import type { MeetingView } from '../../../src-main/shared/domain/meeting';
import type { SaveQueue } from './saveQueue';
import type { ItemPart } from './focusItem';
import type { CurrentItem } from './currentItem';

export interface MeetingContextValue {
  meeting: MeetingView;
  client: Client;
  saves: SaveQueue;
  /** Re-reads the meeting after a structural change (add, move, delete, attendance). */
  reload(): Promise<void>;
  /** Runs a structural change: flushes typing first, then the change, then reloads. */
  change(run: () => Promise<unknown>): Promise<boolean>;
  /** The item the referent is in (an external store: see currentItem.ts). */
  current: CurrentItem;
  /** Says something to screen readers and in the status line. */
  announce(text: string): void;
  readOnly: boolean;
  /** Focuses part of an item once the next render (after a reload) has put it on the screen. */
  focusAfterRender(itemId: string, part: ItemPart): void;
}

export const MeetingContext = createContext<MeetingContextValue | null>(null);

export function useMeeting(): MeetingContextValue {
  const v = useContext(MeetingContext);
  if (!v) throw new Error('useMeeting outside MeetingContext');
  return v;
}
