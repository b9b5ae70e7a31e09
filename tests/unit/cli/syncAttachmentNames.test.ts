/**
 * Two attachments naming one file (an item's and its sub-item's, as people reuse a bilag) are
 * one file on the drive; a third with the same name but other bytes is said, not a failed sync
 * retried for ever.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { run } from '../../../src-main/cli/run';
import { bufferIo } from '../../support/bufferIo';
import { makeTempDir } from '../../support/tempDir';

const id = '6a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d';

describe('referent sync with attachments that share a file name', () => {
  let a: ReturnType<typeof makeTempDir>;
  let b: ReturnType<typeof makeTempDir>;
  let drive: ReturnType<typeof makeTempDir>;
  let source: ReturnType<typeof makeTempDir>;
  const cli = async (dataDir: string, ...args: string[]) => {
    const io = bufferIo();
    const code = await run([...args, '--data-dir', dataDir], io);
    return { code, out: io.stdout, err: io.stderr };
  };
  beforeEach(() => {
    [a, b, drive, source] = [makeTempDir(), makeTempDir(), makeTempDir(), makeTempDir()];
  });
  afterEach(() => [a, b, drive, source].forEach((d) => d.remove()));

  it('writes the shared file once, says which attachment clashes, and empties the outbox', async () => {
    mkdirSync(join(source.path, 'bilag'));
    mkdirSync(join(source.path, 'andet'));
    writeFileSync(join(source.path, 'bilag', 'plan.pdf'), '%PDF-1.4 planen');
    writeFileSync(join(source.path, 'andet', 'Plan.pdf'), '%PDF-1.4 en anden plan');
    const file = {
      format: 'referent.meeting',
      formatVersion: 1,
      id,
      forum: { name: 'Handicaprådet' },
      title: 'Møde i Handicaprådet',
      date: '2024-05-02',
      items: [
        {
          id: 'i1',
          title: 'Tilgængelighedsplan',
          attachments: [{ id: 'b1', title: 'Planen', file: 'bilag/plan.pdf' }],
          subItems: [
            { id: 'i1a', title: 'Rådhuset', attachments: [{ id: 'b2', title: 'Planen igen', file: 'bilag/plan.pdf' }] },
            // Another file whose name is the same on a Windows or OneDrive drive (no case there).
            { id: 'i1b', title: 'Biblioteket', attachments: [{ id: 'b3', title: 'En anden plan', file: 'bilag/PLAN.pdf' }] },
          ],
        },
      ],
    };
    // The third attachment's bytes are imported from their own path, then renamed in the file to clash.
    writeFileSync(join(source.path, 'bilag', 'PLAN-x.pdf'), '%PDF-1.4 en anden plan');
    (file.items[0]!.subItems[1]!.attachments[0] as { file: string }).file = 'bilag/PLAN-x.pdf';
    writeFileSync(join(source.path, 'møde.json'), JSON.stringify(file));
    expect((await cli(a.path, 'import', join(source.path, 'møde.json'))).code).toBe(0);
    // Now the meeting itself names the clash (as a referent would type it in the app).
    const shown = JSON.parse((await cli(a.path, 'show', id, '--json')).out) as typeof file;
    (shown.items[0]!.subItems[1]!.attachments[0] as { file: string }).file = 'bilag/PLAN.pdf';
    (shown as { revision?: number }).revision = 50;
    writeFileSync(join(source.path, 'møde2.json'), JSON.stringify(shown));
    writeFileSync(join(source.path, 'bilag', 'PLAN.pdf'), '%PDF-1.4 en anden plan');
    expect((await cli(a.path, 'import', join(source.path, 'møde2.json'))).code).toBe(0);

    const first = await cli(a.path, 'sync', '--folder', drive.path, '--json');
    expect(first.code).toBe(0);
    expect(JSON.parse(first.out)).toMatchObject({ pushed: 1, failed: 0, pending: 0 });
    expect(first.err).toContain('«En anden plan» har samme filnavn (bilag/PLAN.pdf)');
    const dir = join(drive.path, 'Handicaprådet', '2024', '2024-05-02 Møde i Handicaprådet');
    expect(readdirSync(join(dir, 'bilag'))).toEqual(['plan.pdf']);
    expect(readFileSync(join(dir, 'bilag', 'plan.pdf'), 'utf8')).toBe('%PDF-1.4 planen');

    // The second installation gets the meeting with the shared file for both attachments.
    const second = await cli(b.path, 'sync', '--folder', drive.path, '--json');
    expect(JSON.parse(second.out)).toMatchObject({ pulled: 1, failed: 0 });
    const there = JSON.parse((await cli(b.path, 'show', id, '--json')).out) as typeof file;
    expect(there.items[0]!.attachments[0]).toMatchObject({ file: 'bilag/plan.pdf' });
    expect(there.items[0]!.subItems[0]!.attachments[0]).toMatchObject({ file: 'bilag/plan.pdf' });
  }, 60_000);
});
