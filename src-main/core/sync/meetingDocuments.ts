/**
 * The files that go beside `møde.json` on the drive: the attachments (`bilag/…`), the agenda PDF
 * once the agenda is sent, the minutes PDF once they are final, and the signed minutes.
 *
 * The agenda and minutes PDFs are rendered here, by the sync worker, not on the typing path, and
 * kept in the data folder under their sha256 with the content hash they were rendered from: the
 * agenda is re-rendered only while the meeting is at "agenda sent" (after that it is the agenda
 * as sent), the minutes only while "final" (once signed, the signed PDF is the record).
 */
import type { Database } from 'better-sqlite3';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Meeting } from '../../shared/domain/meeting';
import type { Status } from '../../shared/meetingFile/types';
import { attachmentPath } from '../services/attachments';
import { sha256Hex, signedPdfPath, writeOnce } from '../signing/signingFiles';
import { documentNames, MEETING_FILE } from './driveLayout';
import { readFile } from './fileWorkers';
import type { FileContent } from './syncTarget';

export interface DriveDocument {
  /** Relative to the meeting's folder. */
  name: string;
  sha256: string;
  /** A file in the data folder (copied by the file worker), or bytes rendered just now. */
  content: FileContent;
}

export type RenderPdf = (meetingId: string, variant: 'agenda' | 'minutes') => Promise<Uint8Array>;

const agendaFrom: readonly Status[] = ['agenda-sent', 'in-meeting', 'final', 'signed'];
const minutesFrom: readonly Status[] = ['final', 'signed'];

export const renderedPdfPath = (dataDir: string, sha256: string) => join(dataDir, 'documents', `${sha256}.pdf`);

export function createMeetingDocuments(db: Database, dataDir: string, render: RenderPdf, now: () => Date) {
  const signed = db.prepare<[string], { sha256: string }>(
    'SELECT sha256 FROM signed_versions WHERE meeting_id = ? AND superseded_at IS NULL ORDER BY signed_at DESC LIMIT 1',
  );
  const rendered = db.prepare<[string, string], { source_hash: string; sha256: string }>('SELECT source_hash, sha256 FROM sync_documents WHERE meeting_id = ? AND kind = ?');
  const putRendered = db.prepare(
    `INSERT INTO sync_documents (meeting_id, kind, source_hash, sha256, rendered_at) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (meeting_id, kind) DO UPDATE SET source_hash = excluded.source_hash, sha256 = excluded.sha256, rendered_at = excluded.rendered_at`,
  );
  const fromFile = (name: string, sha256: string, path: string): DriveDocument => ({ name, sha256, content: { file: path, read: () => readFile(path, { shared: true }) } });

  async function pdf(meeting: Meeting, kind: 'agenda' | 'minutes', contentHash: string, refreshWhile: Status): Promise<DriveDocument> {
    const name = kind === 'agenda' ? documentNames.agenda(meeting.date) : documentNames.minutes(meeting.date);
    const have = rendered.get(meeting.id, kind);
    if (have && existsSync(renderedPdfPath(dataDir, have.sha256)) && (have.source_hash === contentHash || meeting.status !== refreshWhile)) {
      return fromFile(name, have.sha256, renderedPdfPath(dataDir, have.sha256));
    }
    const bytes = await render(meeting.id, kind);
    const sha256 = sha256Hex(bytes);
    writeOnce(renderedPdfPath(dataDir, sha256), bytes);
    putRendered.run(meeting.id, kind, contentHash, sha256, now().toISOString());
    return { name, sha256, content: bytes };
  }

  const attachmentsOf = (meeting: Meeting) => meeting.items.flatMap((item) => [...item.attachments, ...item.subItems.flatMap((s) => s.attachments)]);

  return {
    /**
     * The names `list` may answer, without rendering or reading anything: a push journals their
     * temp files before it begins.
     */
    names(meeting: Meeting): string[] {
      const names = attachmentsOf(meeting).flatMap((a) => (a.file && a.sha256 ? [a.file] : []));
      const status = meeting.status ?? 'draft';
      if (agendaFrom.includes(status)) names.push(documentNames.agenda(meeting.date));
      if (minutesFrom.includes(status)) names.push(documentNames.minutes(meeting.date));
      if (signed.get(meeting.id)) names.push(documentNames.signed(meeting.date));
      return names;
    },

    /**
     * Every document of the meeting. A PDF that cannot be rendered (no Chromium) is left out and
     * named in `problems` (tried again later); the meeting file still goes out. `warnings` are
     * for the referent to fix (two attachments with one file name), not reasons to try again.
     */
    async list(meeting: Meeting, contentHash: string): Promise<{ documents: DriveDocument[]; problems: string[]; warnings: string[] }> {
      const documents: DriveDocument[] = [];
      const problems: string[] = [];
      const warnings: string[] = [];
      // One file per name (names compared as Windows and OneDrive do, without case), and never
      // over the meeting's own files: two attachments naming the same file (an item and its
      // sub-item) are one file on the drive, not two writes racing for one name.
      const taken = new Map<string, string>([MEETING_FILE, documentNames.agenda(meeting.date), documentNames.minutes(meeting.date), documentNames.signed(meeting.date)].map((n) => [n.toLocaleLowerCase('da'), '']));
      for (const a of attachmentsOf(meeting)) {
        if (!a.file || !a.sha256 || !existsSync(attachmentPath(dataDir, a.sha256))) continue;
        const key = a.file.toLocaleLowerCase('da');
        const holder = taken.get(key);
        if (holder === undefined) {
          taken.set(key, a.sha256);
          documents.push(fromFile(a.file, a.sha256, attachmentPath(dataDir, a.sha256)));
        } else if (holder !== a.sha256) {
          warnings.push(`Bilaget «${a.title}» har samme filnavn (${a.file}) som et andet bilag eller en af mødets egne filer; kun den første er lagt på drevet. Giv bilagene hver sit filnavn.`);
        }
      }
      const status = meeting.status ?? 'draft';
      for (const [kind, from, refreshWhile] of [['agenda', agendaFrom, 'agenda-sent'], ['minutes', minutesFrom, 'final']] as const) {
        if (!from.includes(status)) continue;
        try {
          documents.push(await pdf(meeting, kind, contentHash, refreshWhile));
        } catch (e) {
          problems.push(`${kind === 'agenda' ? 'Dagsordenen' : 'Referatet'} som PDF kunne ikke laves: ${e instanceof Error ? e.message : String(e)}`);
        }
      }
      const s = signed.get(meeting.id);
      if (s && existsSync(signedPdfPath(dataDir, s.sha256))) documents.push(fromFile(documentNames.signed(meeting.date), s.sha256, signedPdfPath(dataDir, s.sha256)));
      return { documents, problems, warnings };
    },
  };
}

export type MeetingDocuments = ReturnType<typeof createMeetingDocuments>;
