import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Core } from '../../../src-main/core/createCore';
import { parseMeetingFile } from '../../../src-main/shared/meetingFile/validate';
import { normalizeForComparison } from '../../../src-main/shared/meetingFile/equivalence';
import { meetingFileInputArbitrary } from '../../support/meetingArbitrary';
import { openTestCore, rowCounts } from '../../support/coreFixture';

const parsed = (text: string) => {
  const r = parseMeetingFile(text, 'f.json');
  if (!r.ok) throw new Error(r.message);
  return r.meeting;
};

/** Properties of the meeting file through the real store (one SQLite file for all runs). */
describe('the meeting file through the store, over generated meetings (sub-items included)', () => {
  let t: ReturnType<typeof openTestCore>;
  let core: Core;
  beforeAll(() => {
    t = openTestCore();
    core = t.core;
  });
  afterAll(() => t.dispose());

  it('export(import(m)) describes the same meeting as m, and importing it again changes nothing', async () => {
    await fc.assert(
      fc.asyncProperty(meetingFileInputArbitrary(), async (input) => {
        const text = JSON.stringify(input);
        const { id, action } = await core.call('meetings.importFile', { fileName: 'm.json', text });
        try {
        expect(action).toBe('created');
        const exported = await core.call('meetings.exportFile', { id });
        expect(normalizeForComparison(parsed(exported.text), { ignoreRevision: true })).toEqual(normalizeForComparison(parsed(text), { ignoreRevision: true }));

        const counts = rowCounts(core);
        const hash = core.services.meetings.contentHash(id);
        expect((await core.call('meetings.importFile', { fileName: 'm.json', text })).action).toBe('unchanged');
        expect(rowCounts(core)).toEqual(counts);
        expect(core.services.meetings.contentHash(id)).toBe(hash);
        } finally {
          // also when an assertion fails, so fast-check's shrinking starts from an empty store
          await core.call('meetings.delete', { id });
        }
      }),
      { numRuns: Number(process.env.PROPERTY_RUNS ?? 60) },
    );
  });

  it('an older revision never overwrites a newer one', async () => {
    await fc.assert(
      fc.asyncProperty(meetingFileInputArbitrary(), fc.integer({ min: 2, max: 50 }), async (input, newer) => {
        const base = input as Record<string, unknown>;
        const { id } = await core.call('meetings.importFile', { fileName: 'new.json', text: JSON.stringify({ ...base, revision: newer, title: 'Den nyeste' }) });
        try {
        const before = (await core.call('meetings.exportFile', { id })).text;
        const older = await core.call('meetings.importFile', { fileName: 'old.json', text: JSON.stringify({ ...base, revision: newer - 1, title: 'En ældre' }) });
        expect(older.action).toBe('older');
        expect((await core.call('meetings.exportFile', { id })).text).toBe(before);
        } finally {
          await core.call('meetings.delete', { id });
        }
      }),
      { numRuns: 30 },
    );
  });
});
