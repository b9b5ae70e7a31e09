/**
 * The push's content hash taken from the file's text (meetingText) is the content hash by its
 * definition (textAndContentHash, itself checked against the definition in contentHash.test):
 * for both example meetings at any revision, with and without updatedAt, and for any meeting;
 * a text whose top is not the serializer's gives null (the push then hashes by the definition).
 */
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { textAndContentHash } from '../../../../src-main/core/services/meetings';
import { contentHashOfText } from '../../../../src-main/core/sync/meetingText';
import { serializeMeetingFile } from '../../../../src-main/shared/meetingFile/serialize';
import type { MeetingFile } from '../../../../src-main/shared/meetingFile/types';
import { parseMeetingFile } from '../../../../src-main/shared/meetingFile/validate';
import { meetingFileInputArbitrary } from '../../../support/meetingArbitrary';

const same = (file: MeetingFile) => {
  const { text, contentHash } = textAndContentHash(file);
  expect(serializeMeetingFile(file)).toBe(text);
  expect(contentHashOfText(text)).toBe(contentHash);
};

describe('the content hash from the file text', () => {
  it('equals the definition for both examples, at any revision, with and without updatedAt', () => {
    for (const name of ['norddjurs-2021-04-15', 'ringsted-2020-03-10']) {
      const parsed = parseMeetingFile(readFileSync(`tests/fixtures/${name}.meeting.json`, 'utf8'), name);
      if (!parsed.ok) throw new Error(parsed.message);
      for (const revision of [1, 2, 17, 12345]) {
        same({ ...parsed.meeting, revision, updatedAt: '2026-11-23T18:00:00.000Z' });
        same({ ...parsed.meeting, revision, updatedAt: null });
        const { updatedAt: _u, ...without } = { ...parsed.meeting, revision };
        same(without as MeetingFile);
      }
    }
  });

  it('property: equals the definition for any meeting', () => {
    fc.assert(
      fc.property(meetingFileInputArbitrary(), (input) => {
        const parsed = parseMeetingFile(JSON.stringify(input), 'm.json');
        if (!parsed.ok) return true;
        const { text, contentHash } = textAndContentHash(parsed.meeting);
        return contentHashOfText(text) === contentHash;
      }),
      { numRuns: 200 },
    );
  });

  it('a text the serializer did not write gives null', () => {
    expect(contentHashOfText('{"format":"referent.meeting","revision":3}')).toBeNull();
    expect(contentHashOfText('{\n  "format": "referent.meeting",\n  "formatVersion": 1,\n  "revision": 3,\n  "forum": {}\n}\n')).toBeNull(); // no id
  });
});
