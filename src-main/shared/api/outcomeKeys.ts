import type { Outcome } from '../meetingFile/types';

/** The one-key outcomes, in the order of their number keys 1–7 (chips, Alt+1 … Alt+7). */
export const outcomeKeys: Outcome[] = ['approved', 'approved-with-changes', 'decided', 'noted', 'discussed', 'postponed', 'rejected'];
