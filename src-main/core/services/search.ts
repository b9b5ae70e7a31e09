/**
 * Full-text search over every meeting (the `search` command; DESIGN: archive and search). The
 * index (migration 0009) is brought up to date when a search runs: meetings whose revision moved
 * since they were indexed are indexed again, deleted ones leave it. Hits come newest meeting
 * first, in agenda order within a meeting, each with a snippet around what matched.
 */
import type { Database } from 'better-sqlite3';
import { CoreError } from '../coreError';
import type { Meeting } from '../../shared/domain/meeting';
import { searchDocuments } from './searchDocuments';

export interface SearchQuery {
  text: string;
  /** A forum's name (any case). */
  forum?: string | null;
  /** Meetings on or after / on or before this date (YYYY-MM-DD). */
  from?: string | null;
  to?: string | null;
}

export interface SearchHit {
  meetingId: string;
  date: string;
  forum: string;
  meetingTitle: string;
  /** Null when the hit is in the meeting's own texts (title, place, people, Næste møde). */
  itemId: string | null;
  itemNumber: string | null;
  itemTitle: string | null;
  /** The matched words between « and », with … where text was left out. */
  snippet: string;
}

const isoDate = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The words typed, as an FTS5 query that cannot be misread as its syntax: every word must be
 * there, each also as the start of a longer word (Danish compounds: "hjemløse" finds
 * "hjemløsetællingen"); words in "double quotes" must stand together as written.
 */
export function ftsQuery(input: string): string {
  const parts: string[] = [];
  for (const m of input.matchAll(/"([^"]*)"|(\S+)/g)) {
    const phrase = m[1];
    const word = m[2];
    if (phrase !== undefined) {
      if (phrase.trim()) parts.push(`"${phrase.trim().replace(/"/g, '""')}"`);
    } else if (word) {
      const clean = word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
      if (clean) parts.push(`"${clean.replace(/"/g, '""')}"*`);
    }
  }
  return parts.join(' ');
}

export function createSearchService(db: Database, getMeeting: (id: string) => Meeting) {
  const q = {
    stale: db.prepare<[], { id: string; revision: number }>(
      'SELECT m.id, m.revision FROM meetings m LEFT JOIN search_indexed s ON s.meeting_id = m.id WHERE s.revision IS NULL OR s.revision <> m.revision',
    ),
    gone: db.prepare<[], { meeting_id: string }>('SELECT s.meeting_id FROM search_indexed s LEFT JOIN meetings m ON m.id = s.meeting_id WHERE m.id IS NULL'),
    removeDocs: db.prepare<[string]>('DELETE FROM search_docs WHERE meeting_id = ?'),
    addDoc: db.prepare('INSERT INTO search_docs (meeting_id, item_id, item_number, item_title, title, body) VALUES (?, ?, ?, ?, ?, ?)'),
    indexed: db.prepare<[string, number]>('INSERT INTO search_indexed (meeting_id, revision) VALUES (?, ?) ON CONFLICT (meeting_id) DO UPDATE SET revision = excluded.revision'),
    forget: db.prepare<[string]>('DELETE FROM search_indexed WHERE meeting_id = ?'),
    forums: db.prepare<[], { id: string; name: string }>('SELECT id, name FROM forums ORDER BY name'),
    hits: db.prepare<[string, string | null, string | null, string | null, string | null, string | null, string | null], SearchHit>(
      `SELECT d.meeting_id AS meetingId, m.date, f.name AS forum, m.title AS meetingTitle, d.item_id AS itemId, d.item_number AS itemNumber,
              d.item_title AS itemTitle, snippet(search_fts, -1, '«', '»', '…', 12) AS snippet
       FROM search_fts JOIN search_docs d ON d.id = search_fts.rowid
       JOIN meetings m ON m.id = d.meeting_id JOIN forums f ON f.id = m.forum_id
       WHERE search_fts MATCH ? AND (? IS NULL OR m.forum_id = ?) AND (? IS NULL OR m.date >= ?) AND (? IS NULL OR m.date <= ?)
       ORDER BY m.date DESC, coalesce(m.start_time, '') DESC, m.id, d.id`,
    ),
  };

  /** Indexes what changed since the last search; returns how many meetings were (re)indexed. */
  const reindex = db.transaction((): number => {
    for (const { meeting_id } of q.gone.all()) {
      q.removeDocs.run(meeting_id);
      q.forget.run(meeting_id);
    }
    const stale = q.stale.all();
    for (const { id, revision } of stale) {
      q.removeDocs.run(id);
      for (const d of searchDocuments(getMeeting(id))) q.addDoc.run(id, d.itemId, d.itemNumber, d.itemTitle, d.title, d.body);
      q.indexed.run(id, revision);
    }
    return stale.length;
  });

  function forumId(name: string): string {
    const forums = q.forums.all();
    const found = forums.find((f) => f.name.localeCompare(name.trim(), 'da', { sensitivity: 'accent' }) === 0);
    if (found) return found.id;
    const known = forums.map((f) => `«${f.name}»`).join(', ');
    throw new CoreError('not-found', `Intet forum hedder «${name}».${known ? ` Forummerne er: ${known}.` : ' Der er ingen forummer endnu.'}`, 'forum');
  }

  return {
    refresh: (): number => (db.readonly ? 0 : reindex()),

    query(input: SearchQuery): SearchHit[] {
      const match = ftsQuery(input.text);
      if (!match) throw new CoreError('invalid-input', 'Skriv mindst ét ord at søge efter.', 'text');
      for (const [key, value] of [['from', input.from], ['to', input.to]] as const) {
        if (value && (!isoDate.test(value) || Number.isNaN(Date.parse(`${value}T00:00:00Z`)) || new Date(`${value}T00:00:00Z`).toISOString().slice(0, 10) !== value)) {
          throw new CoreError('invalid-input', `${key === 'from' ? 'Fra' : 'Til'}-datoen «${value}» er ikke en dato. Skriv den som ÅÅÅÅ-MM-DD, fx 2021-04-15.`, key);
        }
      }
      const forum = input.forum ? forumId(input.forum) : null;
      if (!db.readonly) reindex();
      const hits = q.hits.all(match, forum, forum, input.from ?? null, input.from ?? null, input.to ?? null, input.to ?? null);
      // A snippet is read on one line: the text's own line breaks become spaces.
      return hits.map((h) => ({ ...h, snippet: h.snippet.replace(/\s+/g, ' ').trim() }));
    },
  };
}

export type SearchService = ReturnType<typeof createSearchService>;
