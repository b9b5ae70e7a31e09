/**
 * Which downloads the app lets through, and where they go. Pure (no electron import) so a Node
 * test covers every case; downloads.ts applies it to the session.
 *
 * The only download the app has is an export: the renderer gets the file's bytes from the core,
 * wraps them in a Blob and clicks a download link to it. Such a URL is `blob:app://referent/<uuid>`
 * (a blob belongs to the origin that made it). Anything else (a link to http(s), file:, a blob of
 * another origin) is cancelled: the page never fetches files from elsewhere.
 */
import { join } from 'node:path';
import { isTrustedSenderUrl } from './senderCheck';

/** True for a Blob URL made by our own page: `blob:` followed by a URL of app://referent. */
export function isOurBlobDownload(url: string | undefined | null): boolean {
  if (typeof url !== 'string' || !url.startsWith('blob:')) return false;
  return isTrustedSenderUrl(url.slice('blob:'.length));
}

/** The file types an export produces; only these are handed to the OS viewer after saving. */
const openableExtensions = ['.pdf', '.docx'];

/**
 * A file name from the page, made safe to suggest: no folders (a name with / or \ could point the
 * save dialog elsewhere), no control characters or characters Windows refuses, no leading dots,
 * not too long. The referent still picks the final place in the save dialog.
 */
export function safeFileName(name: string | undefined | null): string {
  const cleaned = (name ?? '')
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001f\u007f<>:"/\\|?*]+/g, ' ')
    .replace(/\s+/g, ' ')
    .replace(/^[.\s]+/, '')
    .trim();
  if (cleaned === '') return 'Referent-eksport';
  if (cleaned.length <= 150) return cleaned;
  const dot = cleaned.lastIndexOf('.');
  const ext = dot > 0 && cleaned.length - dot <= 6 ? cleaned.slice(dot) : '';
  return cleaned.slice(0, 150 - ext.length).trimEnd() + ext;
}

/** Where the save dialog starts: the user's Documents folder, with the export's own name. */
export function suggestedSavePath(documentsDir: string, name: string | undefined | null): string {
  return join(documentsDir, safeFileName(name));
}

/**
 * Whether a saved file may be opened in the OS viewer. Only our export types: if the referent
 * (or a page gone wrong) saved under another extension, an .exe or .lnk say, the OS would run it.
 */
export function mayOpenAfterSave(path: string | undefined | null): boolean {
  if (typeof path !== 'string' || path === '') return false;
  const lower = path.toLowerCase();
  return openableExtensions.some((ext) => lower.endsWith(ext));
}
