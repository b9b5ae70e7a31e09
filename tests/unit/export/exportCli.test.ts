/** `referent export … --format pdf|docx` (the spec of the referent command) on a real data folder and a real Chromium. */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from '../../../src-main/cli/run';
import { makeTempDir } from '../../support/tempDir';
import { bufferIo } from '../../support/bufferIo';
import { pdfInfo, pdfPages } from './support/poppler';
import { fixturePath } from './support/exportFixtures';
import { sinkMeetingFile } from './support/sinkMeeting';

let dir: ReturnType<typeof makeTempDir>;
let dataDir: string;
const env = { PATH: process.env.PATH ?? '', ...(process.env.REFERENT_CHROMIUM ? { REFERENT_CHROMIUM: process.env.REFERENT_CHROMIUM } : {}) };
const cli = async (args: string[], withEnv: NodeJS.ProcessEnv = env) => {
  const io = bufferIo(withEnv);
  const code = await run([...args, '--data-dir', dataDir], io);
  return { code, out: io.stdout, err: io.stderr };
};
const out = (name: string) => join(dir.path, name);

beforeAll(async () => {
  dir = makeTempDir('referent-cli-export-');
  dataDir = join(dir.path, 'data');
  const sink = out('sink.json');
  writeFileSync(sink, JSON.stringify(sinkMeetingFile()));
  expect((await cli(['import', fixturePath('norddjurs-2021-04-15.meeting.json'), sink])).code).toBe(0);
});
afterAll(() => dir.remove());

describe('referent export', () => {
  it('writes the minutes as PDF, and with --agenda the agenda, printing the path', async () => {
    const minutes = await cli(['export', '3f6c9a1e', '--format', 'pdf', '--out', out('referat.pdf')]);
    expect(minutes).toEqual({ code: 0, out: `${out('referat.pdf')}\n`, err: '' });
    expect(pdfInfo(out('referat.pdf'))).toMatchObject({ Tagged: 'yes', Title: 'Beslutningsreferat – Dialogforum for socialt udsatte – 15. april 2021' });
    expect(pdfPages(out('referat.pdf')).join('\n')).toContain('Beslutning i Dialogforum for socialt udsatte den 15-04-2021');

    expect((await cli(['export', '3f6c9a1e', '--format', 'pdf', '--agenda', '--out', out('dagsorden.pdf')])).code).toBe(0);
    const agenda = pdfPages(out('dagsorden.pdf')).join('\n');
    expect(agenda).toContain('DAGSORDEN');
    expect(agenda).not.toContain('Beslutning i');
  });

  it('writes DOCX', async () => {
    const r = await cli(['export', '3f6c9a1e', '--format', 'docx', '--out', out('referat.docx')]);
    expect(r.code).toBe(0);
    expect(readFileSync(out('referat.docx')).subarray(0, 2).toString()).toBe('PK');
  });

  it('refuses a public export with CPR-like text, naming where, unless --confirm-cpr', async () => {
    const refused = await cli(['export', '7a1c0e55', '--format', 'pdf', '--public', '--out', out('offentlig.pdf')]);
    expect(refused.code).toBe(1);
    expect(refused.err.trim().split('\n')).toHaveLength(1);
    expect(refused.err).toContain('punkt 5 (Bordet rundt)');
    expect(refused.err).toContain('--confirm-cpr');
    expect(existsSync(out('offentlig.pdf'))).toBe(false);

    // The JSON export keeps the same rule.
    const json = await cli(['export', '7a1c0e55', '--format', 'json', '--public', '--out', out('offentlig.json')]);
    expect(json.code).toBe(1);
    expect(json.err).toContain('punkt 5 (Bordet rundt)');
    expect(existsSync(out('offentlig.json'))).toBe(false);
    expect((await cli(['export', '7a1c0e55', '--format', 'json', '--public', '--confirm-cpr', '--out', out('offentlig.json')])).code).toBe(0);

    const confirmed = await cli(['export', '7a1c0e55', '--format', 'pdf', '--public', '--confirm-cpr', '--out', out('offentlig.pdf')]);
    expect(confirmed.code).toBe(0);
    const text = pdfPages(out('offentlig.pdf')).join('\n');
    expect(text).toContain('Lukket punkt');
    expect(text).not.toContain('Fortrolighedsvurdering');
  });

  it('says so in one line when there is no Chromium, and writes nothing', async () => {
    const none = await cli(['export', '3f6c9a1e', '--format', 'pdf', '--out', out('ingen.pdf')], { PATH: join(dir.path, 'empty') });
    expect(none.code).toBe(1);
    expect(none.err).toMatch(/^referent: Der blev ikke fundet nogen Chromium .*REFERENT_CHROMIUM\.\n$/);
    const wrong = await cli(['export', '3f6c9a1e', '--format', 'pdf', '--out', out('ingen.pdf')], { PATH: '', REFERENT_CHROMIUM: '/usr/bin/ingen-chromium' });
    expect(wrong.code).toBe(1);
    expect(wrong.err).toContain('REFERENT_CHROMIUM peger på /usr/bin/ingen-chromium');
    expect(existsSync(out('ingen.pdf'))).toBe(false);
    // DOCX needs no browser.
    expect((await cli(['export', '3f6c9a1e', '--format', 'docx', '--out', out('uden.docx')], { PATH: '' })).code).toBe(0);
  });

  it('documents the options, and refuses --samlet for anything but PDF', async () => {
    const help = await cli(['export', '--help']);
    expect(help.out).toContain('--confirm-cpr');
    expect(help.out).toContain('--public');
    expect((await cli(['export', '3f6c9a1e', '--format', 'docx', '--samlet', '--out', out('x.docx')])).code).toBe(2);
  });
});
