import type { Database } from 'better-sqlite3';
import { createHash, randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import type { MethodInput } from '../../shared/api/contract';
import type { ImportResult } from '../../shared/api/meetingsMethods';
import type { Meeting, MeetingSummary } from '../../shared/domain/meeting';
import type { MeetingFile } from '../../shared/meetingFile/types';
import { parseMeetingFile } from '../../shared/meetingFile/validate';
import { buildMeetingJson, serializeMeetingFile } from '../../shared/meetingFile/serialize';
import { CoreError } from '../coreError';
import { richColumn } from '../store/richColumn';
import type { RichDoc } from '../../shared/richText/proseMirror';
import type { EventBus } from '../eventBus';
import { createMeetingReader } from '../store/readMeeting';
import { createMeetingWriter } from '../store/writeMeeting';
import type { MembersService } from './members';
import type { TemplatesService } from './templates';
import { buildNewMeeting } from './newMeeting';
import type { Mutator } from './mutation';
import { attachmentPath } from './attachments';
import { readImportedAttachments, removeFiles, storeImportedAttachments, type AttachmentFileReader, type ImportedAttachments } from './importAttachments';

const headerColumns = {
  title: 'title',
  documentKind: 'document_kind',
  date: 'date',
  startTime: 'start_time',
  endTime: 'end_time',
  location: 'location',
  status: 'status',
  jointBodies: 'joint_bodies',
  preamble: 'preamble',
} as const;

/**
 * The content hash (sync, signing): sha256 of the meeting file without revision and updatedAt,
 * so two installations holding the same content agree.
 */
export function contentHashOf(file: MeetingFile): string {
  return textAndContentHash(file).contentHash;
}

/**
 * The meeting file's text and its content hash from one build of the file (sync writes the one
 * and compares the other). The hash is of the same text with `updatedAt` left out and `revision`
 * at its default, which is what serializing the meeting without the two gives.
 */
export function textAndContentHash(file: MeetingFile): { text: string; contentHash: string } {
  const json = buildMeetingJson(file);
  const text = `${JSON.stringify(json, null, 2)}\n`;
  const { updatedAt: _u, ...content } = json;
  content.revision = 1;
  return { text, contentHash: createHash('sha256').update(`${JSON.stringify(content, null, 2)}\n`).digest('hex') };
}

/** The meeting file form of a stored meeting: what `show --json`, export and sync write. */
export function toMeetingFile(meeting: Meeting): MeetingFile {
  const { forumId: _forumId, agendaSent: _sent, ...file } = meeting;
  return file as unknown as MeetingFile;
}

/** How `importFile` may read the files an attachment's `file` names (the CLI: beside the meeting file). */
export interface ImportOptions {
  readAttachment?: AttachmentFileReader;
}

export function createMeetingsService(
  db: Database,
  bus: EventBus,
  now: () => Date,
  { mutate }: Mutator,
  members: MembersService,
  templates: TemplatesService,
  dataDir: string,
) {
  const read = createMeetingReader(db);
  const { writeMeeting: write } = createMeetingWriter(db);
  const summaries = db.prepare<[string | null, string | null], MeetingSummary>(
    `SELECT m.id, m.forum_id AS forumId, f.name AS forumName, m.title, m.date, m.document_kind AS documentKind,
            m.status, m.revision, m.updated_at AS updatedAt
     FROM meetings m JOIN forums f ON f.id = m.forum_id
     WHERE (? IS NULL OR m.forum_id = ?)
     ORDER BY m.date DESC, coalesce(m.start_time, '') DESC, m.created_at DESC`,
  );
  const meta = db.prepare<[string], { revision: number; created_at: string; content_hash: string | null; hash_revision: number | null }>(
    'SELECT revision, created_at, content_hash, hash_revision FROM meetings WHERE id = ?',
  );
  const storeHash = db.prepare('UPDATE meetings SET content_hash = ?, hash_revision = ? WHERE id = ? AND revision = ?');
  const statusOf = db.prepare<[string], { status: string }>('SELECT status FROM meetings WHERE id = ?');
  // UUIDs are the same in either case (RFC 4122): a file from a tool that writes them in capitals
  // updates the meeting it is, not a second one. The id stays as it was first stored.
  const storedId = db.prepare<[string], { id: string }>('SELECT id FROM meetings WHERE lower(id) = lower(?) LIMIT 1');
  const forumByName = db.prepare<[string, string | null], { id: string }>(
    "SELECT id FROM forums WHERE name = ? COLLATE NOCASE AND coalesce(organisation, '') = coalesce(?, '') COLLATE NOCASE ORDER BY created_at LIMIT 1",
  );
  const insertAttachmentFile = db.prepare('INSERT INTO attachment_files (sha256, size, media_type, created_at) VALUES (?, ?, NULL, ?) ON CONFLICT DO NOTHING');
  const insertForum = db.prepare('INSERT INTO forums (id, name, organisation, short_name, created_at) VALUES (?, ?, ?, ?, ?)');
  const forumExists = db.prepare<[string], { id: string }>('SELECT id FROM forums WHERE id = ?');
  const deleteMeeting = db.prepare('DELETE FROM meetings WHERE id = ?');
  const linkMember = db.prepare('UPDATE meeting_people SET member_id = ? WHERE meeting_id = ? AND id = ?');
  const headerUpdates = new Map(
    Object.entries(headerColumns).map(([f, c]) => [f, db.prepare(`UPDATE meetings SET ${c} = ? WHERE id = ?`)]),
  );
  const setNext = db.prepare('UPDATE meetings SET next_meeting = ? WHERE id = ?');
  const keptTables = ['signed_versions', 'sync_documents'].map((table) => {
    const columns = (db.prepare(`SELECT name FROM pragma_table_info('${table}')`).all() as { name: string }[]).map((c) => c.name);
    return {
      select: db.prepare<[string], Record<string, unknown>>(`SELECT * FROM ${table} WHERE meeting_id = ?`),
      insert: db.prepare(`INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map((c) => `@${c}`).join(', ')})`),
    };
  });
  const lastMeeting = db.prepare<[string], { id: string }>('SELECT id FROM meetings WHERE forum_id = ? ORDER BY date DESC, created_at DESC LIMIT 1');

  function get(id: string): Meeting {
    const meeting = read(id);
    if (!meeting) throw new CoreError('not-found', 'Mødet findes ikke (det kan være slettet). Gå tilbage til listen over møder.');
    return meeting;
  }

  /** A forum is matched by name and organisation; a new one takes the file's members as its standing members. */
  function forumFor(file: MeetingFile): string {
    const organisation = file.forum.organisation ?? null;
    const found = forumByName.get(file.forum.name, organisation);
    if (found) return found.id;
    const forumId = randomUUID();
    insertForum.run(forumId, file.forum.name, organisation, file.forum.shortName ?? null, now().toISOString());
    return forumId;
  }

  function seedMembers(forumId: string, file: MeetingFile): void {
    if (members.list({ forumId }).length > 0) return;
    for (const p of file.people ?? []) {
      const role = p.role ?? 'member';
      if (role === 'guest' || p.substituteFor) continue;
      const member = members.add({ forumId, name: p.name, organisation: p.organisation ?? null, title: p.title ?? null, role });
      linkMember.run(member.id, file.id, p.id);
    }
  }

  /** Stores a validated meeting file in one transaction, unless ours is as new or newer. */
  function importParsed(file: MeetingFile, revision: number, attachments: ImportedAttachments | null, fileName: string): ImportResult {
    return db.transaction((): ImportResult => {
      const existing = meta.get(file.id);
      if (existing && revision <= existing.revision) {
        return { id: file.id, title: file.title, action: revision === existing.revision ? 'unchanged' : 'older' };
      }
      // A signed meeting is locked ("sign … locks the meeting"): a file does not change it, however
      // new its revision. The referent reopens it first («Genåbn»), which is a decision on record.
      if (existing && statusOf.get(file.id)?.status === 'signed') {
        if (contentHashOf(file) === contentHashOf(toMeetingFile(get(file.id)))) return { id: file.id, title: file.title, action: 'unchanged' };
        throw new CoreError('meeting-locked', `${fileName}: ikke importeret: mødet her er underskrevet og låst, og filen ville ændre det. Vælg «Genåbn» i programmet først, hvis filen skal erstatte det`);
      }
      // As in replaceFromSync: what hangs on the meeting here and not in the file (its signed
      // versions, the PDFs rendered for the drive) survives the delete and rewrite.
      const kept = existing ? keptTables.map((t) => ({ t, rows: t.select.all(file.id) })) : [];
      if (existing) deleteMeeting.run(file.id);
      const forumId = forumFor(file);
      const at = now().toISOString();
      write(forumId, file, { revision, updatedAt: file.updatedAt ?? at, createdAt: existing?.created_at ?? at, forumAsFiled: true });
      for (const [sha256, bytes] of attachments?.bytes ?? []) insertAttachmentFile.run(sha256, bytes.length, at);
      seedMembers(forumId, file);
      for (const { t, rows } of kept) for (const row of rows) t.insert.run(row);
      return { id: file.id, title: file.title, action: existing ? 'updated' : 'created' };
    })();
  }

  return {
    get,
    list({ forumId }: MethodInput<'meetings.list'>): MeetingSummary[] {
      return summaries.all(forumId ?? null, forumId ?? null);
    },

    create(input: MethodInput<'meetings.create'>): Meeting {
      if (!forumExists.get(input.forumId)) throw new CoreError('not-found', 'Forummet findes ikke. Vælg et andet forum.');
      const copyFrom = input.copyAgendaFrom ? get(input.copyAgendaFrom) : null;
      if (copyFrom && copyFrom.forumId !== input.forumId) throw new CoreError('invalid-input', 'Dagsordenen kan kun kopieres fra et møde i samme forum.', 'copyAgendaFrom');
      const lastId = input.fromLast ? lastMeeting.get(input.forumId)?.id : undefined;
      if (input.fromLast && !lastId) throw new CoreError('not-found', 'Forummet har intet tidligere møde at starte fra. Vælg en skabelon eller et tomt møde.', 'fromLast');
      const built = buildNewMeeting(input, {
        template: input.templateId ? templates.get(input.templateId) : null,
        last: lastId ? get(lastId) : null,
        copyFrom,
        members: members.list({ forumId: input.forumId }),
      });
      const date = built.header.date ?? input.date;
      if (!date) throw new CoreError('invalid-input', 'Skriv mødets dato (det sidste møde har ingen dato for næste møde).', 'date');
      const id = randomUUID();
      const at = now().toISOString();
      db.transaction(() => {
        write(
          input.forumId,
          {
            format: 'referent.meeting',
            formatVersion: 1,
            id,
            forum: { name: '' },
            ...built.header,
            date,
            status: 'draft',
            people: built.people.map(({ memberId: _m, ...p }) => p),
            items: built.items,
          } as unknown as MeetingFile,
          { revision: 1, updatedAt: at, createdAt: at },
        );
        for (const p of built.people) if (p.memberId) linkMember.run(p.memberId, id, p.id);
      })();
      bus.emit('meetings.changed', { meetingId: id, revision: 1 });
      return get(id);
    },

    updateHeader({ meetingId, patch }: MethodInput<'meetings.updateHeader'>) {
      // Changing the status away from "signed" is reopening: that has its own method (signing issue).
      return mutate(meetingId, () => {
        for (const [field, value] of Object.entries(patch)) {
          if (value === undefined) continue;
          const sqlValue = field === 'jointBodies' ? ((value as string[]).length ? JSON.stringify(value) : null) : field === 'preamble' ? richColumn(value as RichDoc | null) : value;
          headerUpdates.get(field)!.run(sqlValue, meetingId);
        }
      });
    },

    setNextMeeting({ meetingId, nextMeeting }: MethodInput<'meetings.setNextMeeting'>) {
      return mutate(meetingId, () => {
        const cleaned = nextMeeting && Object.fromEntries(Object.entries(nextMeeting).filter(([, v]) => v !== null && v !== undefined));
        setNext.run(cleaned && Object.keys(cleaned).length ? JSON.stringify(cleaned) : null, meetingId);
      });
    },

    delete({ id }: MethodInput<'meetings.delete'>): { deleted: true } {
      const row = meta.get(id);
      if (!row) throw new CoreError('not-found', 'Mødet findes ikke (det kan være slettet).');
      deleteMeeting.run(id);
      bus.emit('meetings.changed', { meetingId: id, revision: row.revision + 1 });
      return { deleted: true };
    },

    /**
     * Imports a meeting file: validated whole before anything is stored, then written in one
     * transaction. A meeting already here is replaced only by a newer revision. With
     * `readAttachment`, the attachments' files are read and stored too (their bytes before the
     * transaction, taken away again if it fails); `createdFiles` lists the attachment files this
     * call wrote, for a caller whose own surrounding transaction fails.
     */
    importFile({ fileName, text }: MethodInput<'meetings.importFile'>, options: ImportOptions = {}): ImportResult & { missingAttachments?: string[]; createdFiles?: string[]; differs?: boolean } {
      const parsed = parseMeetingFile(text, fileName);
      if (!parsed.ok) throw new CoreError('invalid-input', parsed.message, parsed.path);
      let file = parsed.meeting;
      const known = storedId.get(file.id)?.id;
      if (known && known !== file.id) file = { ...file, id: known };
      let attachments: ImportedAttachments | null = null;
      if (options.readAttachment) {
        attachments = readImportedAttachments(file, fileName, options.readAttachment);
        file = attachments.file;
      }
      const revision = file.revision ?? 1;
      const createdFiles = attachments && (meta.get(file.id)?.revision ?? 0) < revision ? storeImportedAttachments(dataDir, attachments.bytes) : [];
      let result: ImportResult;
      try {
        result = importParsed(file, revision, attachments, fileName);
      } catch (e) {
        removeFiles(createdFiles);
        throw e;
      }
      if (result.action === 'created' || result.action === 'updated') bus.emit('meetings.changed', { meetingId: file.id, revision });
      // A file not beside the meeting file is no loss when its bytes are here already (by sha256).
      const missing = (attachments?.missing ?? []).filter((a) => !a.sha256 || !existsSync(attachmentPath(dataDir, a.sha256))).map((a) => a.file);
      // The same revision with other content is most often a hand-edited file whose revision was not raised.
      const differs = result.action === 'unchanged' && contentHashOf(file) !== contentHashOf(toMeetingFile(get(file.id)));
      return {
        ...result,
        ...(differs ? { differs } : {}),
        ...(missing.length ? { missingAttachments: missing } : {}),
        ...(createdFiles.length ? { createdFiles } : {}),
      };
    },

    /**
     * Sync: stores a version from the shared drive (or a merge) in place of this one, in one
     * transaction, only while the meeting is still at `expectedRevision` (null: not here yet), so
     * an edit typed meanwhile is never overwritten. `alongside` runs in the same transaction (the
     * sync bookkeeping). False when the meeting moved on; the next round looks again.
     */
    replaceFromSync(file: MeetingFile, expectedRevision: number | null, alongside: () => void): boolean {
      const revision = file.revision ?? 1;
      const stored = db.transaction((): boolean => {
        const existing = meta.get(file.id);
        if ((existing?.revision ?? null) !== expectedRevision) return false;
        // Replacing deletes and rewrites the meeting; what hangs on it here and not in the file
        // (the signed PDFs, the PDFs rendered for the drive) is kept across.
        const kept = keptTables.map((t) => ({ t, rows: t.select.all(file.id) }));
        if (existing) deleteMeeting.run(file.id);
        const forumId = forumFor(file);
        const at = now().toISOString();
        write(forumId, file, { revision, updatedAt: file.updatedAt ?? at, createdAt: existing?.created_at ?? at, forumAsFiled: true });
        seedMembers(forumId, file);
        for (const { t, rows } of kept) for (const row of rows) t.insert.run(row);
        alongside();
        return true;
      })();
      if (stored) bus.emit('meetings.changed', { meetingId: file.id, revision });
      return stored;
    },

    /** Sync's push: the meeting, its file's text and content hash from one serialization. */
    fileText(id: string): { meeting: Meeting; text: string; contentHash: string } {
      const meeting = get(id);
      return { meeting, ...textAndContentHash(toMeetingFile(meeting)) };
    },

    /** Keeps a content hash computed elsewhere (sync's push, inside its own transaction) for that revision. */
    cacheContentHash(id: string, revision: number, hash: string): void {
      storeHash.run(hash, revision, id, revision);
    },

    /** The revision a meeting is at, or null when it is not here. */
    revisionOf(id: string): number | null {
      return meta.get(id)?.revision ?? null;
    },

    exportFile({ id }: MethodInput<'meetings.exportFile'>): { fileName: string; text: string } {
      const meeting = get(id);
      // eslint-disable-next-line no-control-regex -- control characters never belong in a file name
      const safeTitle = meeting.title.replace(/[<>:"/\\|?*\u0000-\u001f]/g, '_').slice(0, 80).trim();
      return { fileName: `${meeting.date} ${safeTitle}.json`, text: serializeMeetingFile(toMeetingFile(meeting)) };
    },

    /**
     * The content hash (sync, signing): sha256 of the meeting file without revision and
     * updatedAt, so two installations holding the same content agree. Computed on demand and
     * cached per revision, never on the typing path.
     */
    contentHash(id: string): string {
      const row = meta.get(id);
      if (!row) throw new CoreError('not-found', 'Mødet findes ikke.');
      if (row.content_hash && row.hash_revision === row.revision) return row.content_hash;
      const hash = contentHashOf(toMeetingFile(get(id)));
      storeHash.run(hash, row.revision, id, row.revision);
      return hash;
    },
  };
}

export type MeetingsService = ReturnType<typeof createMeetingsService>;
