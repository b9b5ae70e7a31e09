/**
 * Property: whatever two installations type, in whatever order they sync, once every conflict is
 * resolved they hold the same bytes as the drive, and no edit made on one side alone is lost.
 * Runs on the in-memory drive so a hundred histories take seconds.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCore, type Core } from '../../../../src-main/core/createCore';
import { createMemoryDrive, createMemoryTarget, type MemoryDrive } from '../../../../src-main/core/sync/memoryTarget';
import { makeTempDir } from '../../../support/tempDir';

type Edit = { side: 0 | 1; field: 'title' | 'location' | 'notes'; text: string } | { side: 0 | 1; sync: true };

const editArb: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ side: fc.constantFrom(0 as const, 1 as const), field: fc.constantFrom('title' as const, 'location' as const, 'notes' as const), text: fc.stringMatching(/^[a-zæøå]{1,8}$/) }),
  fc.record({ side: fc.constantFrom(0 as const, 1 as const), sync: fc.constant(true as const) }),
);

describe('sync converges', () => {
  const folder = makeTempDir();
  afterAll(() => folder.remove());
  let drive: MemoryDrive;
  beforeAll(() => {
    drive = createMemoryDrive();
  });

  it('property: both sides and the drive end byte-equal; one-sided edits survive', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(editArb, { maxLength: 12 }), async (edits) => {
        drive = createMemoryDrive();
        const dirs = [makeTempDir(), makeTempDir()];
        const cores: Core[] = dirs.map((d) => createCore({ dataDir: d.path, backups: false, syncTargetFor: () => createMemoryTarget(drive) }));
        try {
          const forum = await cores[0]!.call('forums.create', { name: 'Ældrerådet' });
          const { id: meetingId } = await cores[0]!.call('meetings.create', { forumId: forum.id, title: 'Møde', date: '2026-12-03' });
          const { itemId } = await cores[0]!.call('items.add', { meetingId, title: 'Punkt' });
          for (const c of cores) c.services.sync.setFolder({ folder: folder.path });
          for (const c of cores) expect(await c.services.sync.run()).not.toBeNull();

          const lastOwn: Record<string, string | undefined>[] = [{}, {}];
          for (const e of edits) {
            const core = cores[e.side]!;
            if ('sync' in e) {
              await core.services.sync.run();
              continue;
            }
            if (e.field === 'notes') {
              await core.call('items.updateField', { meetingId, itemId, patch: { field: 'notes', value: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: e.text }] }] } } });
            } else {
              await core.call('meetings.updateHeader', { meetingId, patch: { [e.field]: e.text } });
            }
            lastOwn[e.side]![e.field] = e.text;
          }
          // Settle: sync both, resolve any conflict in favour of the side resolving it, until quiet.
          for (let i = 0; i < 6; i++) {
            for (const c of cores) {
              await c.services.sync.run();
              for (const conflict of c.services.sync.conflicts()) {
                await c.call('sync.resolve', { meetingId: conflict.meetingId, choices: Object.fromEntries(conflict.fields.map((f) => [f.path, 'local' as const])) });
              }
            }
          }
          const texts = await Promise.all(cores.map(async (c) => (await c.call('meetings.exportFile', { id: meetingId })).text));
          const onDrive = [...drive.files].find(([p]) => p.endsWith('/møde.json'))![1].bytes;
          expect(texts[0]).toBe(texts[1]);
          expect(Buffer.from(onDrive).toString('utf8')).toBe(texts[0]);
          for (const c of cores) expect(c.services.sync.status()).toMatchObject({ pending: 0, conflicts: 0 });
          // A field only one side ever edited ends with that side's last value.
          const final = JSON.parse(texts[0]!) as { title: string; location?: string };
          for (const field of ['title', 'location'] as const) {
            const [x, y] = [lastOwn[0]![field], lastOwn[1]![field]];
            if (x !== undefined && y === undefined) expect(final[field]).toBe(x);
            if (y !== undefined && x === undefined) expect(final[field]).toBe(y);
          }
        } finally {
          for (const c of cores) c.close();
          for (const d of dirs) d.remove();
        }
      }),
      { numRuns: 40 },
    );
  }, 120_000);
});
