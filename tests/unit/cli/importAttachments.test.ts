import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { run } from '../../../src-main/cli/run';
import { makeTempDir } from '../../support/tempDir';
import { bufferIo } from '../../support/bufferIo';

const pdf = Buffer.from('%PDF-1.4\n% et bilag\n');
const sha = createHash('sha256').update(pdf).digest('hex');

function meeting(id: string, attachments: unknown[], subAttachments: unknown[] = []) {
  return {
    format: 'referent.meeting',
    formatVersion: 1,
    id,
    forum: { name: 'Dialogforum' },
    title: 'Møde med bilag',
    date: '2021-04-15',
    items: [{ id: 'i1', title: 'Arbejdsplan', attachments, subItems: [{ id: 'i1a', title: 'Del', attachments: subAttachments }] }],
  };
}

describe('referent import: attachment files beside the meeting file', () => {
  let dir: ReturnType<typeof makeTempDir>;
  let dataDir: string;
  let folder: string;
  const cli = async (...args: string[]) => {
    const io = bufferIo();
    // Run from elsewhere: the attachment must be found beside the meeting file, not in the working directory.
    io.cwd = dir.path;
    const code = await run([...args, '--data-dir', dataDir], io);
    return { code, out: io.stdout, err: io.stderr };
  };
  const write = (name: string, value: unknown) => {
    const path = join(folder, name);
    writeFileSync(path, JSON.stringify(value));
    return path;
  };
  const stored = () => (existsSync(join(dataDir, 'attachments')) ? readdirSync(join(dataDir, 'attachments')) : []);

  beforeEach(() => {
    dir = makeTempDir();
    dataDir = join(dir.path, 'data');
    folder = join(dir.path, 'drev', 'møde');
    mkdirSync(join(folder, 'bilag'), { recursive: true });
    writeFileSync(join(folder, 'bilag', 'plan.pdf'), pdf);
  });
  afterEach(() => dir.remove());

  it('stores the file a `file` names, relative to the meeting file, and records its sha256', async () => {
    const f = write('m.json', meeting('5b0f2c52-8d0c-4b3e-9a53-3f2a1c7d9e10', [{ id: 'b1', title: 'Plan', file: 'bilag/plan.pdf' }], [{ id: 'b2', title: 'Plan igen', file: 'bilag/plan.pdf', sha256: sha.toUpperCase() }]));
    const r = await cli('import', f);
    expect(r).toMatchObject({ code: 0, err: '' });
    expect(stored()).toEqual([sha]);
    const shown = JSON.parse((await cli('show', '5b0f', '--json')).out) as { items: Array<{ attachments: unknown[]; subItems: Array<{ attachments: unknown[] }> }> };
    expect(shown.items[0]!.attachments[0]).toMatchObject({ file: 'bilag/plan.pdf', sha256: sha });
    expect(shown.items[0]!.subItems[0]!.attachments[0]).toMatchObject({ file: 'bilag/plan.pdf', sha256: sha });
  });

  it('a missing file is said on stderr; the meeting is imported with the reference', async () => {
    const f = write('m.json', meeting('5b0f2c52-8d0c-4b3e-9a53-3f2a1c7d9e10', [{ id: 'b1', title: 'Plan', file: 'bilag/findes-ikke.pdf' }]));
    const r = await cli('import', f);
    expect(r.code).toBe(0);
    expect(r.err).toBe(`referent: ${f}: bilaget bilag/findes-ikke.pdf findes ikke ved siden af mødefilen; mødet er importeret uden filen.\n`);
    expect((await cli('list')).out).toContain('5b0f2c52');
  });

  it('says nothing of a missing file whose bytes are here already (by its sha256)', async () => {
    await cli('import', write('m.json', meeting('5b0f2c52-8d0c-4b3e-9a53-3f2a1c7d9e10', [{ id: 'b1', title: 'Plan', file: 'bilag/plan.pdf' }])));
    const elsewhere = join(dir.path, 'andet');
    mkdirSync(elsewhere);
    const newer = { ...meeting('5b0f2c52-8d0c-4b3e-9a53-3f2a1c7d9e10', [{ id: 'b1', title: 'Plan', file: 'bilag/plan.pdf', sha256: sha }]), revision: 2 };
    writeFileSync(join(elsewhere, 'm.json'), JSON.stringify(newer));
    expect(await cli('import', join(elsewhere, 'm.json'))).toMatchObject({ code: 0, err: '' });
  });

  it('a file that does not match its sha256 refuses the import whole, with the JSON path', async () => {
    const good = write('good.json', meeting('11111111-1111-4111-8111-111111111111', [{ id: 'b1', title: 'Plan', file: 'bilag/plan.pdf' }]));
    const bad = write('bad.json', meeting('22222222-2222-4222-8222-222222222222', [], [{ id: 'b1', title: 'Plan', file: 'bilag/plan.pdf', sha256: '0'.repeat(64) }]));
    const r = await cli('import', good, bad);
    expect(r.code).toBe(1);
    expect(r.err.trim().split('\n')).toHaveLength(1);
    expect(r.err.startsWith(`referent: ${bad}: items[0].subItems[0].attachments[0].sha256: passer ikke til filen bilag/plan.pdf`)).toBe(true);
    expect((await cli('list')).out).toBe('');
    // The good file's attachment, written before the bad file was read, is taken away again.
    expect(stored()).toEqual([]);
  });

  it('refuses a symbolic link that leads out of the meeting folder', async () => {
    writeFileSync(join(dir.path, 'hemmelig.txt'), 'udenfor');
    symlinkSync(join(dir.path, 'hemmelig.txt'), join(folder, 'bilag', 'link.pdf'));
    const f = write('m.json', meeting('5b0f2c52-8d0c-4b3e-9a53-3f2a1c7d9e10', [{ id: 'b1', title: 'Plan', file: 'bilag/link.pdf' }]));
    const r = await cli('import', f);
    expect(r.code).toBe(1);
    expect(r.err.startsWith(`referent: ${f}: items[0].attachments[0].file: bilag/link.pdf fører ud af mødefilens mappe`)).toBe(true);
    expect(stored()).toEqual([]);
    expect((await cli('list')).out).toBe('');
  });

  it('export --format json writes the attachment files beside the meeting file, so the folder imports back whole', async () => {
    const id = '5b0f2c52-8d0c-4b3e-9a53-3f2a1c7d9e10';
    const closed = Buffer.from('%PDF-1.4\n% lukket\n');
    writeFileSync(join(folder, 'bilag', 'lukket.pdf'), closed);
    await cli('import', write('m.json', meeting(id, [{ id: 'b1', title: 'Plan', file: 'bilag/plan.pdf' }, { id: 'b2', title: 'Lukket', access: 'closed', file: 'bilag/lukket.pdf' }])));
    const out = join(dir.path, 'ud', 'møde.json');
    mkdirSync(join(dir.path, 'ud'));
    expect(await cli('export', '5b0f', '--format', 'json', '--out', out)).toMatchObject({ code: 0, err: '' });
    expect(readFileSync(join(dir.path, 'ud', 'bilag', 'plan.pdf'))).toEqual(pdf);
    expect(readFileSync(join(dir.path, 'ud', 'bilag', 'lukket.pdf'))).toEqual(closed);

    // Into a fresh data folder: the files are found beside it, no warning.
    dataDir = join(dir.path, 'data2');
    expect(await cli('import', out)).toMatchObject({ code: 0, err: '' });
    expect(stored().sort()).toEqual([sha, createHash('sha256').update(closed).digest('hex')].sort());

    // --public leaves the closed attachment out of the file, and its file off the disk.
    const pub = join(dir.path, 'offentlig', 'møde.json');
    mkdirSync(join(dir.path, 'offentlig'));
    expect(await cli('export', '5b0f', '--format', 'json', '--public', '--out', pub)).toMatchObject({ code: 0, err: '' });
    expect(readdirSync(join(dir.path, 'offentlig', 'bilag'))).toEqual(['plan.pdf']);
  });

  it('export --format json says on stderr which attachment files the data folder does not have', async () => {
    await cli('import', write('m.json', meeting('5b0f2c52-8d0c-4b3e-9a53-3f2a1c7d9e10', [{ id: 'b1', title: 'Plan', file: 'bilag/findes-ikke.pdf', sha256: sha }])));
    const out = join(dir.path, 'ud.json');
    const r = await cli('export', '5b0f', '--format', 'json', '--out', out);
    expect(r.code).toBe(0);
    expect(r.err).toBe('referent: bilaget bilag/findes-ikke.pdf er ikke skrevet ved siden af mødefilen: datamappen har ikke filen (mødet blev importeret uden den).\n');
    expect(existsSync(join(dir.path, 'bilag'))).toBe(false);
  });
});
