/**
 * The signing service behind `signing.*` and `meetings.reopen`. Signing renders the final minutes
 * through the export service (XMP and the visible line are written then, before the first
 * signature, never after), signs them, keeps the signed file under its SHA-256 with the revision
 * it shows, and locks the meeting. The next signer adds a signature to that kept file as an
 * incremental update. Every refusal (certificate, passphrase, status) comes before anything is
 * rendered or written.
 */
import type { Database } from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import type { MethodInput } from '../../shared/api/contract';
import type { Meeting, Saved } from '../../shared/domain/meeting';
import type { SignedVersion, SignOutcome, VerifyReport } from '../../shared/signing/types';
import { CoreError } from '../coreError';
import type { ExportService } from '../export/exportService';
import type { PdfRenderer } from '../export/pdfRenderer';
import type { Mutator } from '../services/mutation';
import type { Certificates } from './certificates';
import type { OpenedP12 } from './p12';
import { drawSignatureLine, signatureLineText } from './signatureLine';
import { addLaterSignatureLine } from './laterSignatureLine';
import { signPdf } from './signPdf';
import { readBytes, sha256Hex, signedPdfPath, writeOnce } from './signingFiles';
import { verifyPdf } from './verifyPdf';

export const defaultReason = 'Godkendt referat';

interface VersionRow {
  id: string;
  meeting_id: string;
  revision: number;
  sha256: string;
  signatures: number;
  signer: string;
  signed_at: string;
  superseded_at: string | null;
}

const rowToVersion = (r: VersionRow): SignedVersion => ({
  id: r.id,
  meetingId: r.meeting_id,
  revision: r.revision,
  sha256: r.sha256,
  signatures: r.signatures,
  signer: r.signer,
  signedAt: r.signed_at,
  supersededAt: r.superseded_at,
});

export interface SigningDeps {
  db: Database;
  dataDir: string;
  resourcesDir: string;
  now: () => Date;
  mutator: Mutator;
  getMeeting(id: string): Meeting;
  addItem(input: MethodInput<'items.add'>): Saved & { itemId: string };
  exporter: ExportService;
  certificates: Certificates;
}

export type SignRequest = Omit<MethodInput<'signing.sign'>, 'certificateId' | 'passphrase'>;

export function createSigningService(deps: SigningDeps) {
  const { db, dataDir, now } = deps;
  const versionsOf = db.prepare<[string], VersionRow>('SELECT * FROM signed_versions WHERE meeting_id = ? ORDER BY signed_at, signatures');
  const versionBySha = db.prepare<[string, string], VersionRow>('SELECT * FROM signed_versions WHERE meeting_id = ? AND sha256 = ?');
  const insertVersion = db.prepare(
    'INSERT INTO signed_versions (id, meeting_id, revision, sha256, signatures, signer, signed_at) VALUES (@id, @meeting_id, @revision, @sha256, @signatures, @signer, @signed_at)',
  );
  const mostSignatures = db.prepare<[string], { n: number | null }>('SELECT max(signatures) AS n FROM signed_versions WHERE meeting_id = ? AND superseded_at IS NULL');
  const supersede = db.prepare('UPDATE signed_versions SET superseded_at = ? WHERE meeting_id = ? AND superseded_at IS NULL');
  const setStatus = db.prepare('UPDATE meetings SET status = ? WHERE id = ?');

  /** What may be signed: a fresh rendering of final minutes, or this meeting's current signed file. */
  function base(meeting: Meeting, addTo: string | undefined): { previous: VersionRow | null } {
    if (!addTo) {
      if (meeting.status === 'signed') {
        throw new CoreError('meeting-locked', 'Referatet er allerede underskrevet. Tilføj den næste underskrift til den underskrevne PDF.');
      }
      if (meeting.status !== 'final') throw new CoreError('conflict', 'Kun et endeligt referat kan underskrives. Sæt mødet til «Endeligt referat» først.');
      return { previous: null };
    }
    const previous = versionBySha.get(meeting.id, addTo);
    if (!previous) throw new CoreError('conflict', 'PDF-filen er ikke en underskrevet udgave af dette møde (eller den er ændret). Vælg den fil, der blev underskrevet sidst.');
    if (previous.superseded_at) throw new CoreError('conflict', 'Den underskrevne PDF er afløst, fordi mødet er genåbnet. Underskriv det nye referat.');
    // Signing an older file would fork the signatures: two PDFs, neither with every signer on it.
    const latest = mostSignatures.get(meeting.id)?.n ?? 0;
    if (previous.signatures < latest) {
      throw new CoreError('conflict', `Der findes en nyere underskrevet PDF af mødet med ${latest} underskrifter (denne har ${previous.signatures}). Tilføj underskriften til den nyeste.`);
    }
    return { previous };
  }

  async function sign(request: SignRequest, openCertificate: () => Promise<OpenedP12>, using?: { renderer: PdfRenderer }): Promise<SignOutcome> {
    const meeting = deps.getMeeting(request.meetingId);
    const { previous } = base(meeting, request.addTo);
    const p12 = await openCertificate();
    const at = now();
    let bytes: Uint8Array;
    if (previous) {
      bytes = readBytes(signedPdfPath(dataDir, previous.sha256));
      const check = verifyPdf(bytes);
      if (!check.allIntact) throw new CoreError('conflict', `Den underskrevne PDF er ikke intakt: ${check.summary}`);
      // This signer's line above the earlier ones, in an update of its own that the new signature covers.
      bytes = (await addLaterSignatureLine(bytes, signatureLineText(p12.holder, at), previous.signatures)) ?? bytes;
    } else {
      const rendered = await deps.exporter.pdf({ meetingId: meeting.id, variant: 'minutes', public: false, confirmCpr: false, samlet: false }, using);
      if (rendered.status !== 'exported') throw new CoreError('internal', 'Referatet kunne ikke dannes som PDF.');
      bytes = await drawSignatureLine(new Uint8Array(Buffer.from(rendered.dataBase64, 'base64')), signatureLineText(p12.holder, at), deps.resourcesDir);
    }
    const signed = await signPdf(bytes, { signer: p12.signer, reason: request.reason ?? defaultReason, location: meeting.location ?? null, at });
    const sha256 = sha256Hex(signed);
    writeOnce(signedPdfPath(dataDir, sha256), signed);
    const row: VersionRow = {
      id: randomUUID(),
      meeting_id: meeting.id,
      revision: previous?.revision ?? meeting.revision,
      sha256,
      signatures: (previous?.signatures ?? 0) + 1,
      signer: p12.holder,
      signed_at: at.toISOString(),
      superseded_at: null,
    };
    if (previous) insertVersion.run(row);
    else {
      deps.mutator.mutate(
        meeting.id,
        () => {
          // An edit that slipped in while the PDF rendered would not be in what was signed.
          if (deps.getMeeting(meeting.id).revision !== meeting.revision) throw new CoreError('conflict', 'Mødet blev ændret, mens referatet blev underskrevet. Underskriv igen.');
          insertVersion.run(row);
          setStatus.run('signed', meeting.id);
        },
        { allowLocked: true },
      );
    }
    const fileName = `Referat ${meeting.date} ${meeting.title}`.replace(/[<>:"/\\|?*]/g, '_').slice(0, 150) + ' (underskrevet).pdf';
    return { fileName, dataBase64: Buffer.from(signed).toString('base64'), version: rowToVersion(row) };
  }

  return {
    sign,
    /** The contract's `signing.sign`: with an imported certificate. */
    signWithCertificate(input: MethodInput<'signing.sign'>, using?: { renderer: PdfRenderer }) {
      const { certificateId, passphrase, ...request } = input;
      return sign(request, () => deps.certificates.open(certificateId, passphrase), using);
    },
    versions(meetingId: string): SignedVersion[] {
      deps.getMeeting(meetingId);
      return versionsOf.all(meetingId).map(rowToVersion);
    },
    /** A kept signed PDF's bytes. */
    versionBytes: (sha256: string) => readBytes(signedPdfPath(dataDir, sha256)),
    verify: (input: MethodInput<'signing.verify'>): VerifyReport => verifyPdf(new Uint8Array(Buffer.from(input.dataBase64, 'base64'))),

    /** «Genåbn»: status back to final, the signed files superseded (kept), an addendum item «Tilføjelse». */
    reopen({ meetingId }: MethodInput<'meetings.reopen'>): Saved & { itemId: string } {
      const meeting = deps.getMeeting(meetingId);
      if (meeting.status !== 'signed') throw new CoreError('conflict', 'Kun et underskrevet referat kan genåbnes.');
      return db.transaction(() => {
        deps.mutator.mutate(
          meetingId,
          () => {
            supersede.run(now().toISOString(), meetingId);
            setStatus.run('final', meetingId);
          },
          { allowLocked: true },
        );
        return deps.addItem({ meetingId, title: 'Tilføjelse' });
      })();
    },
  };
}

export type SigningService = ReturnType<typeof createSigningService>;
