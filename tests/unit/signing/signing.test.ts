import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createCore, type Core } from '../../../src-main/core/createCore';
import { run } from '../../../src-main/cli/run';
import { verifyPdf } from '../../../src-main/core/signing/verifyPdf';
import { findSignatures } from '../../../src-main/core/signing/pdfSignatureDict';
import { makeTempDir } from '../../support/tempDir';
import { bufferIo } from '../../support/bufferIo';
import { checkPdfUa } from '../export/support/pdfUaChecker';
import { makeTestPki, nssTrusting, pdfsig, type TestPki } from './support/testPki';

const fixture = readFileSync('tests/fixtures/norddjurs-2021-04-15.meeting.json', 'utf8');
const env = { PATH: process.env.PATH ?? '', ...(process.env.REFERENT_CHROMIUM ? { REFERENT_CHROMIUM: process.env.REFERENT_CHROMIUM } : {}) };
const b64 = (path: string) => readFileSync(path).toString('base64');

describe('signing: certificates, PAdES signatures by several signers, lock, verify, reopen', () => {
  let dir: ReturnType<typeof makeTempDir>;
  let pki: TestPki;
  let dataDir: string;
  let core: Core;
  let meetingId: string;
  const p12: Record<string, string> = {};
  const signed: string[] = []; // the once-, twice- and three-times-signed files
  const file = (name: string) => join(dir.path, name);
  const cli = async (args: string[], withEnv: NodeJS.ProcessEnv = env) => {
    const io = bufferIo(withEnv);
    const code = await run([...args, '--data-dir', dataDir], io);
    return { code, out: io.stdout, err: io.stderr };
  };
  const signedRows = () => (core.db.prepare('SELECT count(*) AS n FROM signed_versions').get() as { n: number }).n;

  beforeAll(async () => {
    dir = makeTempDir();
    mkdirSync(file('pki'));
    pki = makeTestPki(file('pki'));
    p12.formand = pki.signer('formand', 'Mette Hansen', 'formand-kode');
    p12.referent = pki.signer('referent', 'Søren Ærø', 'referent-kode');
    p12.medlem = pki.signer('medlem', 'Åse Bådsgård-Müller', 'medlem-kode');
    writeFileSync(file('junk.p12'), 'dette er ikke et certifikat');
    dataDir = file('data');
    core = createCore({ dataDir, backups: false });
    meetingId = (await core.call('meetings.importFile', { fileName: 'n.json', text: fixture })).id;
  });
  afterAll(() => {
    core?.close();
    dir?.remove();
  });

  it('imports a PKCS#12 certificate and shows holder, issuer and validity', async () => {
    const cert = await core.call('signing.importCertificate', { fileName: 'formand.p12', dataBase64: b64(p12.formand!), passphrase: 'formand-kode' });
    expect(cert).toMatchObject({ holder: 'Mette Hansen', issuer: 'CN=Referent Test CA, O=Referent Test', passphraseSaved: false });
    expect(new Date(cert.notAfter).getTime()).toBeGreaterThan(Date.now());
    expect(await core.call('signing.listCertificates', {})).toEqual([cert]);
    expect(readdirSync(join(dataDir, 'certificates'))).toHaveLength(1);
  });

  it('refuses a wrong passphrase, a file that is no PKCS#12, an expired and a not-yet-valid certificate, writing nothing', async () => {
    const before = { files: readdirSync(join(dataDir, 'certificates')), list: await core.call('signing.listCertificates', {}), meeting: await core.call('meetings.get', { id: meetingId }) };
    const wrong = await core.invoke('signing.importCertificate', { fileName: 'r.p12', dataBase64: b64(p12.referent!), passphrase: 'forkert' });
    expect(wrong).toMatchObject({ ok: false, error: { code: 'wrong-passphrase' } });
    const junk = await core.invoke('signing.importCertificate', { fileName: 'junk.p12', dataBase64: b64(file('junk.p12')), passphrase: 'x' });
    expect(junk).toMatchObject({ ok: false, error: { code: 'certificate-refused', message: expect.stringContaining('PKCS#12') } });
    // The same file seen by a clock a year on (expired) and a year back (not yet valid).
    for (const [shift, words] of [[365, 'udløb'], [-365, 'gælder først']] as const) {
      const other = createCore({ dataDir: file(`data-${shift}`), backups: false, now: () => new Date(Date.now() + shift * 86_400_000) });
      const r = await other.invoke('signing.importCertificate', { fileName: 'r.p12', dataBase64: b64(p12.referent!), passphrase: 'referent-kode' });
      expect(r).toMatchObject({ ok: false, error: { code: 'certificate-refused', message: expect.stringContaining(words) } });
      expect(existsSync(join(file(`data-${shift}`), 'certificates'))).toBe(false);
      other.close();
    }
    // Signing with a wrong passphrase: refused before anything is rendered or written.
    const [cert] = before.list;
    const sign = await core.invoke('signing.sign', { meetingId, certificateId: cert!.id, passphrase: 'forkert' });
    expect(sign).toMatchObject({ ok: false, error: { code: 'wrong-passphrase' } });
    expect(readdirSync(join(dataDir, 'certificates'))).toEqual(before.files);
    expect(await core.call('signing.listCertificates', {})).toEqual(before.list);
    expect(await core.call('meetings.get', { id: meetingId })).toEqual(before.meeting);
    expect(existsSync(join(dataDir, 'signed'))).toBe(false);
    const cliWrong = await cli(['sign', meetingId, '--p12', p12.formand!, '--out', file('x.pdf')], { ...env, REFERENT_P12_PASSPHRASE: 'forkert' });
    expect(cliWrong).toMatchObject({ code: 1, out: '' });
    expect(cliWrong.err).toContain('Adgangskoden til certifikatet er forkert');
    expect(existsSync(file('x.pdf'))).toBe(false);
    const noCertificate = await cli(['sign', meetingId, '--p12', file('findes-ikke.p12'), '--out', file('x.pdf')], { ...env, REFERENT_P12_PASSPHRASE: 'forkert' });
    expect(noCertificate).toMatchObject({ code: 1, out: '', err: `referent: kan ikke læse certifikatet ${file('findes-ikke.p12')}: filen findes ikke.\n` });
  });

  it('signs the final minutes (PAdES, visible line), locks the meeting, and pdfsig finds the signature valid and whole', async () => {
    const [cert] = await core.call('signing.listCertificates', {});
    const outcome = await core.call('signing.sign', { meetingId, certificateId: cert!.id, passphrase: 'formand-kode' });
    const bytes = Buffer.from(outcome.dataBase64, 'base64');
    writeFileSync(file('signed-1.pdf'), bytes);
    signed.push(file('signed-1.pdf'));
    expect(outcome.version).toMatchObject({ signatures: 1, signer: 'Mette Hansen', supersededAt: null });
    expect(pdfsig(file('signed-1.pdf'))).toEqual([{ name: 'Mette Hansen', validation: 'Signature is Valid.', total: true, certificate: expect.any(String) }]);
    const info = execFileSync('pdfsig', [file('signed-1.pdf')], { encoding: 'utf8' });
    expect(info).toContain('Signature Type: ETSI.CAdES.detached');
    expect(info).toContain('Signing Hash Algorithm: SHA-256');
    const report = verifyPdf(bytes);
    expect(report.allIntact).toBe(true);
    expect(report.signatures[0]).toMatchObject({ signer: 'Mette Hansen', reason: 'Godkendt referat', intact: true, coversWholeFile: true, certificateValid: true });
    expect(execFileSync('pdftotext', [file('signed-1.pdf'), '-'], { encoding: 'utf8' })).toMatch(/Underskrevet digitalt af Mette Hansen den \d+\. \w+ \d{4}/);
    expect(execFileSync('pdfinfo', ['-meta', file('signed-1.pdf')], { encoding: 'utf8' })).toContain('<dc:language>');
    expect((await core.call('meetings.get', { id: meetingId })).status).toBe('signed');
    expect(await checkPdfUa(new Uint8Array(bytes), { minBookmarks: 1 })).toEqual([]);
  }, 60_000);

  it('refuses every edit of the signed meeting with meeting-locked', async () => {
    const m = await core.call('meetings.get', { id: meetingId });
    const item = m.items[0]!;
    const edits: Array<[string, unknown]> = [
      ['meetings.updateHeader', { meetingId, patch: { title: 'Ændret' } }],
      ['items.add', { meetingId, title: 'Nyt punkt' }],
      ['items.delete', { meetingId, itemId: item.id }],
      ['items.move', { meetingId, itemId: item.id, parentId: null, index: 1 }],
      ['meetings.setNextMeeting', { meetingId, nextMeeting: null }],
      ['people.allPresent', { meetingId }],
      ['meetings.setStatus', { meetingId, status: 'final' }],
    ];
    for (const [method, input] of edits) {
      const r = await core.invoke(method, input);
      expect(r, method).toMatchObject({ ok: false, error: { code: expect.stringMatching(/^(meeting-locked|invalid-input)$/) } });
      if (!r.ok && r.error.code === 'invalid-input') throw new Error(`${method}: ${r.error.message}`);
    }
    expect((await core.call('meetings.get', { id: meetingId })).revision).toBe(m.revision);
  });

  it('adds a second and a third signer as incremental updates (CLI --in), every earlier signature still valid; trusted with the CA in NSS', async () => {
    const second = await cli(['sign', meetingId, '--p12', p12.referent!, '--in', signed[0]!, '--out', file('signed-2.pdf'), '--reason', 'Referent'], { ...env, REFERENT_P12_PASSPHRASE: 'referent-kode' });
    expect(second).toMatchObject({ code: 0, err: '', out: `${file('signed-2.pdf')}\n` });
    signed.push(file('signed-2.pdf'));
    const third = await cli(['sign', meetingId, '--p12', p12.medlem!, '--in', signed[1]!, '--out', file('signed-3.pdf')], { ...env, REFERENT_P12_PASSPHRASE: 'medlem-kode' });
    expect(third).toMatchObject({ code: 0, err: '' });
    signed.push(file('signed-3.pdf'));
    const once = readFileSync(signed[0]!);
    expect(readFileSync(file('signed-3.pdf')).subarray(0, once.length).equals(once)).toBe(true);

    const nss = nssTrusting((mkdirSync(file('nss')), file('nss')), pki.caCert);
    const sigs = pdfsig(file('signed-3.pdf'), nss);
    expect(sigs.map((s) => [s.name, s.validation, s.total])).toEqual([
      ['Mette Hansen', 'Signature is Valid.', false],
      ['Søren Ærø', 'Signature is Valid.', false],
      ['Åse Bådsgård-Müller', 'Signature is Valid.', true],
    ]);
    expect(sigs.every((s) => s.certificate === 'Certificate is Trusted.')).toBe(true);
    // Each signer's own line on the Underskriftsside, the first at the bottom and the later ones above it.
    const lastPage = execFileSync('pdftotext', [file('signed-3.pdf'), '-'], { encoding: 'utf8' }).split('\f').filter((p) => p.trim()).at(-1)!;
    const lines = ['Mette Hansen', 'Søren Ærø', 'Åse Bådsgård-Müller'].map((n) => lastPage.search(new RegExp(`Underskrevet digitalt af ${n} den \\d+\\. \\w+ \\d{4} kl\\. \\d\\d[.:]\\d\\d`)));
    expect(lines.every((i) => i >= 0), lastPage).toBe(true);
    expect([...lines].sort((x, y) => y - x)).toEqual(lines);
    expect(await checkPdfUa(new Uint8Array(readFileSync(file('signed-3.pdf'))), { minBookmarks: 1 })).toEqual([]);
    expect(verifyPdf(readFileSync(file('signed-3.pdf'))).signatures[1]).toMatchObject({ reason: 'Referent', signer: 'Søren Ærø', intact: true });
    const ok = await cli(['verify', file('signed-3.pdf')]);
    expect(ok.code).toBe(0);
    expect(ok.out.trim().split('\n')).toHaveLength(3);
    expect((await core.call('signing.versions', { meetingId })).map((v) => v.signatures)).toEqual([1, 2, 3]);
    // A PDF that is not this meeting's signed file is refused.
    const foreign = await cli(['sign', meetingId, '--p12', p12.medlem!, '--in', file('junk.p12'), '--out', file('x.pdf')], { ...env, REFERENT_P12_PASSPHRASE: 'medlem-kode' });
    expect(foreign.code).toBe(1);
    expect(existsSync(file('x.pdf'))).toBe(false);
    // Nor is an older signed file once a newer one exists: that would fork the signatures.
    const older = await cli(['sign', meetingId, '--p12', p12.medlem!, '--in', signed[0]!, '--out', file('x.pdf')], { ...env, REFERENT_P12_PASSPHRASE: 'medlem-kode' });
    expect(older).toMatchObject({ code: 1, err: 'referent: Der findes en nyere underskrevet PDF af mødet med 3 underskrifter (denne har 1). Tilføj underskriften til den nyeste.\n' });
    expect(existsSync(file('x.pdf'))).toBe(false);
    expect((await core.call('signing.versions', { meetingId })).map((v) => v.signatures)).toEqual([1, 2, 3]);
  }, 60_000);

  it('one byte changed inside a signed range: pdfsig says Digest Mismatch, referent verify exits 3 naming the signature', async () => {
    const bytes = readFileSync(signed[2]!);
    const last = verifyPdf(bytes).signatures[2]!;
    expect(last.intact).toBe(true);
    // A byte of the last revision (after the second signature's end), inside the third signature's signed range.
    const at = bytes.length - 200;
    bytes[at] = bytes[at] === 0x20 ? 0x21 : 0x20;
    writeFileSync(file('tampered.pdf'), bytes);
    expect(pdfsig(file('tampered.pdf')).map((s) => s.validation)).toEqual(['Signature is Valid.', 'Signature is Valid.', expect.stringContaining('Digest Mismatch')]);
    const r = await cli(['verify', file('tampered.pdf')]);
    expect(r.code).toBe(3);
    expect(r.err).toContain('underskrift 3 (Signature_3, Åse Bådsgård-Müller)');
    expect(r.err).toContain('ændret');
  });

  it('the signer\'s certificate edited inside the signature (outside the signed ranges): reported as not the one signed with', async () => {
    const bytes = readFileSync(signed[0]!);
    const [found] = findSignatures(bytes.toString('latin1'));
    const [a, b, c] = found!.range;
    const hole = bytes.subarray(a + b, c).toString('latin1');
    // The holder's name in the certificate, as the hex of the /Contents string.
    const name = Buffer.from('Mette Hansen', 'utf8').toString('hex').toUpperCase();
    const at = hole.toUpperCase().indexOf(name);
    expect(at).toBeGreaterThan(0);
    const digit = a + b + at + name.length - 1; // the last hex digit of «n»
    bytes[digit] = bytes[digit] === 0x45 || bytes[digit] === 0x65 ? 0x44 : 0x45;
    writeFileSync(file('certificate-edited.pdf'), bytes);
    const report = verifyPdf(bytes);
    expect(report.signatures[0]).toMatchObject({ intact: false });
    expect(report.signatures[0]!.problems.join(' ')).toContain('certifikat i filen er ikke det, der blev underskrevet med');
    expect((await cli(['verify', file('certificate-edited.pdf')])).code).toBe(3);
  });

  it('bytes appended after the last signature: reported as not covering the whole file', async () => {
    writeFileSync(file('appended.pdf'), Buffer.concat([readFileSync(signed[0]!), Buffer.from('\n% added afterwards\n')]));
    const report = verifyPdf(readFileSync(file('appended.pdf')));
    expect(report.signatures[0]).toMatchObject({ intact: true, coversWholeFile: false, bytesAfter: 20 });
    expect(pdfsig(file('appended.pdf'))[0]).toMatchObject({ validation: 'Signature is Valid.', total: false });
    const r = await cli(['verify', file('appended.pdf'), '--json']);
    expect(r.code).toBe(3);
    expect(JSON.parse(r.out).allIntact).toBe(false);
    expect(r.err).toContain('underskrift 1 (Signature_1, Mette Hansen): 20 byte efter underskriften er ikke underskrevet');
  });

  it('«Genåbn» makes a new revision with «Tilføjelse», status final, and keeps the signed files, superseded', async () => {
    const before = await core.call('meetings.get', { id: meetingId });
    const r = await core.call('meetings.reopen', { meetingId });
    const after = await core.call('meetings.get', { id: meetingId });
    expect(after.status).toBe('final');
    expect(after.revision).toBeGreaterThan(before.revision);
    expect(after.items.find((i) => i.id === r.itemId)?.title).toBe('Tilføjelse');
    const versions = await core.call('signing.versions', { meetingId });
    expect(versions).toHaveLength(3);
    expect(versions.every((v) => v.supersededAt !== null && existsSync(join(dataDir, 'signed', `${v.sha256}.pdf`)))).toBe(true);
    expect(signedRows()).toBe(3);
    expect(await core.invoke('meetings.updateHeader', { meetingId, patch: { title: 'Rettet titel' } })).toMatchObject({ ok: true });
    const stale = await cli(['sign', meetingId, '--p12', p12.medlem!, '--in', signed[2]!, '--out', file('x.pdf')], { ...env, REFERENT_P12_PASSPHRASE: 'medlem-kode' });
    expect(stale.code).toBe(1);
    expect(stale.err).toContain('afløst');
  });
});
