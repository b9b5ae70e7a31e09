/**
 * The forum's logo: set (a PNG or JPEG of at most 1 MB, checked by its first bytes, not its name),
 * removed, read for the settings screen, and handed to the export as a data: URL with its alt text.
 */
import type { Database } from 'better-sqlite3';
import type { MethodInput } from '../../shared/api/contract';
import type { ForumLogo } from '../../shared/api/forumsMethods';
import { CoreError } from '../coreError';
import type { Logo } from '../export/meetingHtml';

const MAX_BYTES = 1024 * 1024;

interface LogoRow {
  media_type: 'image/png' | 'image/jpeg';
  bytes: Buffer;
  alt: string;
  updated_at: string;
}

function sniff(bytes: Buffer): LogoRow['media_type'] | null {
  if (bytes.length >= 8 && bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) return 'image/png';
  if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'image/jpeg';
  return null;
}

export function createForumLogosService(db: Database, now: () => Date) {
  const forum = db.prepare<[string], { name: string; organisation: string | null }>('SELECT name, organisation FROM forums WHERE id = ?');
  const select = db.prepare<[string], LogoRow>('SELECT media_type, bytes, alt, updated_at FROM forum_logos WHERE forum_id = ?');
  const upsert = db.prepare(
    `INSERT INTO forum_logos (forum_id, media_type, bytes, alt, updated_at) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (forum_id) DO UPDATE SET media_type = excluded.media_type, bytes = excluded.bytes, alt = excluded.alt, updated_at = excluded.updated_at`,
  );
  const remove = db.prepare<[string]>('DELETE FROM forum_logos WHERE forum_id = ?');

  function forumOf(forumId: string) {
    const f = forum.get(forumId);
    if (!f) throw new CoreError('not-found', 'Forummet findes ikke (det kan være slettet). Vælg et andet forum.');
    return f;
  }
  const toView = (row: LogoRow): ForumLogo => ({ mediaType: row.media_type, dataBase64: row.bytes.toString('base64'), alt: row.alt, updatedAt: row.updated_at });

  return {
    get({ forumId }: MethodInput<'forums.logo'>): { logo: ForumLogo | null } {
      forumOf(forumId);
      const row = select.get(forumId);
      return { logo: row ? toView(row) : null };
    },
    set({ forumId, fileName, dataBase64, alt }: MethodInput<'forums.setLogo'>): ForumLogo {
      const f = forumOf(forumId);
      const bytes = Buffer.from(dataBase64, 'base64');
      if (bytes.length > MAX_BYTES) {
        throw new CoreError('invalid-input', `${fileName} fylder ${Math.ceil(bytes.length / 1024)} KB; et logo må højst fylde 1 MB. Gem det i en mindre udgave og prøv igen.`, 'dataBase64');
      }
      const mediaType = sniff(bytes);
      if (!mediaType) throw new CoreError('invalid-input', `${fileName} er ikke et PNG- eller JPEG-billede. Vælg logoet som .png eller .jpg.`, 'dataBase64');
      // The alternative text a screen reader reads for the logo: the organisation's name unless given.
      const text = alt?.trim() || f.organisation || f.name;
      upsert.run(forumId, mediaType, bytes, text, now().toISOString());
      return toView(select.get(forumId)!);
    },
    remove({ forumId }: MethodInput<'forums.removeLogo'>): { removed: true } {
      forumOf(forumId);
      remove.run(forumId);
      return { removed: true };
    },
    /** For the export: the logo as a data: URL (the document loads nothing), or null. */
    forExport(forumId: string): Logo | null {
      const row = select.get(forumId);
      return row ? { src: `data:${row.media_type};base64,${row.bytes.toString('base64')}`, alt: row.alt } : null;
    },
  };
}

export type ForumLogosService = ReturnType<typeof createForumLogosService>;
