/**
 * The forum's logo (issue 6): set from a PNG or JPEG, refused with a message for anything else or
 * too big, and on the PDF as a tagged figure with its alt text (PDF/UA check passes), in the Word
 * export as an image, and in the preview.
 */
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateSync, crc32 } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestCore } from '../../support/coreFixture';
import { makeTempDir } from '../../support/tempDir';
import { importMeeting, meetingFiles } from './support/exportFixtures';

/** A real PNG: width × height, one colour, written by hand (IHDR, IDAT, IEND). */
function png(width: number, height: number): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([len, body, crc]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 2, 0, 0, 0], 8);
  const row = Buffer.concat([Buffer.from([0]), Buffer.alloc(width * 3, 0x1f)]);
  const raw = Buffer.concat(Array.from({ length: height }, () => row));
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]);
}

let fixture: ReturnType<typeof openTestCore>;
let tmp: ReturnType<typeof makeTempDir>;
let meetingId: string;
let forumId: string;

beforeAll(async () => {
  fixture = openTestCore();
  tmp = makeTempDir('referent-logo-');
  meetingId = importMeeting(fixture.core, meetingFiles.norddjurs(), 'n.json');
  forumId = (await fixture.core.call('meetings.get', { id: meetingId })).forumId;
});
afterAll(() => {
  fixture.dispose();
  tmp.remove();
});

describe('the forum logo', () => {
  it('refuses what is not a PNG or JPEG, or is too big, and keeps what was there', async () => {
    const notImage = await fixture.core.invoke('forums.setLogo', { forumId, fileName: 'logo.gif', dataBase64: Buffer.from('GIF89a......').toString('base64') });
    expect(notImage).toMatchObject({ ok: false, error: { code: 'invalid-input', message: 'logo.gif er ikke et PNG- eller JPEG-billede. Vælg logoet som .png eller .jpg.' } });
    const big = Buffer.concat([png(2, 2), Buffer.alloc(1024 * 1024)]);
    const tooBig = await fixture.core.invoke('forums.setLogo', { forumId, fileName: 'stort.png', dataBase64: big.toString('base64') });
    expect(tooBig).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(await fixture.core.call('forums.logo', { forumId })).toEqual({ logo: null });
  });

  it('goes on the PDF as a figure with its alt text, in the preview and in the Word file', async () => {
    const saved = await fixture.core.call('forums.setLogo', { forumId, fileName: 'norddjurs.png', dataBase64: png(300, 100).toString('base64'), alt: null });
    expect(saved).toMatchObject({ mediaType: 'image/png', alt: 'Norddjurs Kommune' });

    const preview = await fixture.core.call('export.html', { meetingId });
    expect(preview.body).toContain('<img class="logo" src="data:image/png;base64,');
    expect(preview.body).toContain('alt="Norddjurs Kommune"');

    const pdf = await fixture.core.call('export.pdf', { meetingId });
    if (pdf.status !== 'exported') throw new Error(pdf.status);
    expect(pdf.pdfua).toEqual({ conforms: true, missing: [] });
    const file = join(tmp.path, 'logo.pdf');
    writeFileSync(file, Buffer.from(pdf.dataBase64, 'base64'));
    const images = execFileSync('pdfimages', ['-list', file], { encoding: 'utf8' }).trim().split('\n').slice(2);
    expect(images.length).toBe(1);
    expect(images[0]).toMatch(/^\s*1\s+\d+\s+image\s+300\s+100\b/);

    const docx = await fixture.core.call('export.docx', { meetingId });
    if (docx.status !== 'exported') throw new Error(docx.status);
    const docxFile = join(tmp.path, 'logo.docx');
    writeFileSync(docxFile, Buffer.from(docx.dataBase64, 'base64'));
    expect(execFileSync('unzip', ['-l', docxFile], { encoding: 'utf8' })).toMatch(/word\/media\/\S+\.png/);

    await fixture.core.call('forums.removeLogo', { forumId });
    expect((await fixture.core.call('export.html', { meetingId })).body).not.toContain('<img class="logo"');
  }, 60_000);
});
