/** The imported certificates: rows in `certificates`, the PKCS#12 files beside the database. */
import type { Database } from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import { existsSync, rmSync } from 'node:fs';
import type { MethodInput } from '../../shared/api/contract';
import type { CertificateInfo } from '../../shared/signing/types';
import { CoreError } from '../coreError';
import { openP12, requireValidAt, type OpenedP12 } from './p12';
import type { PassphraseStore } from './passphraseStore';
import { certificatePath, readBytes, sha256Hex, writeOnce } from './signingFiles';

interface CertificateRow {
  id: string;
  file_sha256: string;
  file_name: string;
  holder: string;
  subject: string;
  issuer: string;
  serial_number: string;
  not_before: string;
  not_after: string;
  fingerprint: string;
  passphrase_saved: number;
  imported_at: string;
}

const rowToCertificate = (r: CertificateRow): CertificateInfo => ({
  id: r.id,
  holder: r.holder,
  subject: r.subject,
  issuer: r.issuer,
  serialNumber: r.serial_number,
  notBefore: r.not_before,
  notAfter: r.not_after,
  fingerprint: r.fingerprint,
  passphraseSaved: r.passphrase_saved === 1,
  importedAt: r.imported_at,
});

export function createCertificates(db: Database, dataDir: string, now: () => Date, passphrases: PassphraseStore | null) {
  const all = db.prepare<[], CertificateRow>('SELECT * FROM certificates ORDER BY holder, not_after DESC');
  const byId = db.prepare<[string], CertificateRow>('SELECT * FROM certificates WHERE id = ?');
  const byFingerprint = db.prepare<[string], CertificateRow>('SELECT * FROM certificates WHERE fingerprint = ?');
  const insert = db.prepare(
    `INSERT INTO certificates (id, file_sha256, file_name, holder, subject, issuer, serial_number, not_before, not_after, fingerprint, passphrase_saved, imported_at)
     VALUES (@id, @file_sha256, @file_name, @holder, @subject, @issuer, @serial_number, @not_before, @not_after, @fingerprint, @passphrase_saved, @imported_at)`,
  );
  const setSaved = db.prepare('UPDATE certificates SET passphrase_saved = ? WHERE id = ?');
  const remove = db.prepare('DELETE FROM certificates WHERE id = ?');
  const fileUsers = db.prepare<[string], { n: number }>('SELECT count(*) AS n FROM certificates WHERE file_sha256 = ?');

  function row(id: string): CertificateRow {
    const r = byId.get(id);
    if (!r) throw new CoreError('not-found', 'Certifikatet findes ikke (det kan være fjernet). Importér det igen.');
    return r;
  }

  return {
    list: (): CertificateInfo[] => all.all().map(rowToCertificate),

    /** Everything is checked before anything is written: a refused file leaves no trace. */
    async import(input: MethodInput<'signing.importCertificate'>): Promise<CertificateInfo> {
      const bytes = new Uint8Array(Buffer.from(input.dataBase64, 'base64'));
      const p12 = await openP12(bytes, input.passphrase);
      requireValidAt(p12, now());
      const existing = byFingerprint.get(p12.fingerprint);
      const remember = input.rememberPassphrase && passphrases?.available() === true;
      if (input.rememberPassphrase && !remember) {
        throw new CoreError('conflict', 'Systemet kan ikke gemme adgangskoden krypteret her. Importér uden at gemme den; du bliver spurgt, når du underskriver.');
      }
      if (existing) {
        if (remember) {
          passphrases!.save(existing.id, input.passphrase);
          setSaved.run(1, existing.id);
        }
        return rowToCertificate(byId.get(existing.id)!);
      }
      const fileSha = sha256Hex(bytes);
      writeOnce(certificatePath(dataDir, fileSha), bytes);
      const id = randomUUID();
      insert.run({
        id,
        file_sha256: fileSha,
        file_name: input.fileName,
        holder: p12.holder,
        subject: p12.subject,
        issuer: p12.issuer,
        serial_number: p12.serialNumber,
        not_before: p12.notBefore.toISOString(),
        not_after: p12.notAfter.toISOString(),
        fingerprint: p12.fingerprint,
        passphrase_saved: remember ? 1 : 0,
        imported_at: now().toISOString(),
      });
      if (remember) passphrases!.save(id, input.passphrase);
      return rowToCertificate(byId.get(id)!);
    },

    remove(id: string): { removed: true } {
      const r = row(id);
      passphrases?.remove(id);
      remove.run(id);
      const path = certificatePath(dataDir, r.file_sha256);
      if (fileUsers.get(r.file_sha256)!.n === 0 && existsSync(path)) rmSync(path);
      return { removed: true };
    },

    /** Opens a certificate to sign with: the passphrase given, else the saved one; valid now. */
    async open(id: string, passphrase: string | undefined): Promise<OpenedP12> {
      const r = row(id);
      const pass = passphrase ?? (r.passphrase_saved ? passphrases?.load(id) : null) ?? null;
      if (pass === null) throw new CoreError('wrong-passphrase', `Skriv adgangskoden til certifikatet for ${r.holder}.`);
      const p12 = await openP12(readBytes(certificatePath(dataDir, r.file_sha256)), pass);
      requireValidAt(p12, now());
      return p12;
    },
  };
}

export type Certificates = ReturnType<typeof createCertificates>;
