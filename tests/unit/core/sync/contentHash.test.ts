import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { textAndContentHash } from '../../../../src-main/core/services/meetings';
import { serializeMeetingFile } from '../../../../src-main/shared/meetingFile/serialize';
import { parseMeetingFile } from '../../../../src-main/shared/meetingFile/validate';
import type { MeetingFile } from '../../../../src-main/shared/meetingFile/types';
import { meetingFileInputArbitrary } from '../../../support/meetingArbitrary';

/** The definition: sha256 of the meeting file written without revision and updatedAt. */
function definition(file: MeetingFile): string {
  const { revision: _r, updatedAt: _u, ...content } = file as MeetingFile & { revision?: number; updatedAt?: string };
  return createHash('sha256').update(serializeMeetingFile(content as MeetingFile)).digest('hex');
}

describe('text and content hash from one serialization', () => {
  it('gives the file’s own text and the hash by its definition, for both examples', () => {
    for (const name of ['norddjurs-2021-04-15', 'ringsted-2020-03-10']) {
      const parsed = parseMeetingFile(readFileSync(`tests/fixtures/${name}.meeting.json`, 'utf8'), name);
      if (!parsed.ok) throw new Error(parsed.message);
      const file = { ...parsed.meeting, revision: 17, updatedAt: '2026-11-23T18:00:00.000Z' };
      const { text, contentHash } = textAndContentHash(file);
      expect(text).toBe(serializeMeetingFile(file));
      expect(contentHash).toBe(definition(file));
      expect(textAndContentHash({ ...file, revision: 2, updatedAt: null }).contentHash).toBe(contentHash);
    }
  });

  it('property: equals the definition for any meeting', () => {
    fc.assert(
      fc.property(meetingFileInputArbitrary(), (input) => {
        const parsed = parseMeetingFile(JSON.stringify(input), 'm.json');
        return !parsed.ok || textAndContentHash(parsed.meeting).contentHash === definition(parsed.meeting);
      }),
      { numRuns: 60 },
    );
  });
});
