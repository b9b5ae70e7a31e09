/**
 * "Describes the same meeting" (issue 3: export(import(f)) is equivalent to f), for tests and
 * for sync's "did anything change": two meetings are equivalent when their normalized forms are
 * deep-equal. The normalized form is the serialized file as a plain object, so it shares every
 * rule of serialize.ts: defaults applied, absent / null / "" / empty list all the same, rich text
 * canonical (Markdown and ProseMirror of the same text equal), unknown keys sorted.
 */
import { buildMeetingJson } from './serialize';
import type { MeetingFile } from './types';

export interface ComparisonOptions {
  /** Ignore `revision` and `updatedAt` (bookkeeping of the installation, not content). */
  ignoreRevision?: boolean;
  /** Ignore keys this version does not know. */
  ignoreUnknownKeys?: boolean;
}

export function normalizeForComparison(m: MeetingFile, options: ComparisonOptions = {}): Record<string, unknown> {
  const json: Record<string, unknown> = buildMeetingJson(m, { dropUnknownKeys: options.ignoreUnknownKeys === true });
  if (options.ignoreRevision) {
    delete json.revision;
    delete json.updatedAt;
  }
  return json;
}

export function sameMeeting(a: MeetingFile, b: MeetingFile, options: ComparisonOptions = {}): boolean {
  return JSON.stringify(normalizeForComparison(a, options)) === JSON.stringify(normalizeForComparison(b, options));
}
