/**
 * A meeting's file text and content hash for a push, from one serialization. The content hash is
 * by definition the sha256 of the same file written with `revision` 1 and without `updatedAt`
 * (textAndContentHash builds and writes the file a second time for it). The file starts with its
 * fixed keys, each on a line of its own (format, formatVersion, id, revision, updatedAt, then
 * forum), so the content's text is the file's text with two lines changed at the top: one pass of
 * SHA-256 instead of a second build and JSON.stringify of ~28 KB (~0.15 ms a meeting, on the main
 * thread). When the top does not look like that, the hash is computed by the definition's route.
 */
import type { Meeting } from '../../shared/domain/meeting';
import { serializeMeetingFile } from '../../shared/meetingFile/serialize';
import { contentHashOf, toMeetingFile } from '../services/meetings';
import { sha256Hex } from './scanDrive';

// JSON strings hold no raw line breaks (nor an unescaped quote), so `.*` stays within its value.
const TOP = /^(\{\n {2}"format": .*,\n {2}"formatVersion": .*,\n {2}"id": .*,\n {2}"revision": )\d+(,\n)(?: {2}"updatedAt": .*,\n)?( {2}"forum": )/;

/** The content hash of a meeting file's text, or null when its top is not the one `serializeMeetingFile` writes. */
export function contentHashOfText(text: string): string | null {
  const top = TOP.exec(text);
  if (!top) return null;
  return sha256Hex(`${top[1]}1${top[2]}${top[3]}${text.slice(top[0].length)}`);
}

export function meetingText(meeting: Meeting): { text: string; contentHash: string } {
  const file = toMeetingFile(meeting);
  const text = serializeMeetingFile(file);
  return { text, contentHash: contentHashOfText(text) ?? contentHashOf(file) };
}
