import { describe, expect, it } from 'vitest';
import { normalizeForComparison, sameMeeting } from '../../../../src-main/shared/meetingFile/equivalence';
import { serializeMeetingFile } from '../../../../src-main/shared/meetingFile/serialize';
import type { MeetingFile } from '../../../../src-main/shared/meetingFile/types';
import { parseMeetingValue } from '../../../../src-main/shared/meetingFile/validate';

function parse(value: unknown): MeetingFile {
  const r = parseMeetingValue(value, 'test.json');
  if (!r.ok) throw new Error(r.message);
  return r.meeting;
}

const minimal = {
  format: 'referent.meeting',
  formatVersion: 1,
  id: '5b0f2c52-8d0c-4b3e-9a53-3f2a1c7d9e10',
  forum: { name: 'Handicaprådet' },
  title: 'Møde',
  date: '2021-04-15',
};

describe('serializeMeetingFile', () => {
  it('writes keys in the spec order, defaults explicitly, 2-space indent and a trailing newline', () => {
    const out = serializeMeetingFile(
      parse({
        zeta: 1,
        date: '2021-04-15',
        title: 'Møde',
        items: [{ title: 'Punkt', id: 'i1', actions: [{ text: 'Gør det', id: 'a1' }], roundTable: [{ personId: 'p1', text: '' }] }],
        people: [{ name: 'Kia', id: 'p1', role: 'administration' }],
        forum: { shortName: null, name: 'Handicaprådet' },
        formatVersion: 1,
        location: null,
        jointBodies: [],
        id: minimal.id,
        format: 'referent.meeting',
        alpha: { b: 1, a: 2 },
      }),
    );
    expect(out).toBe(
      `${JSON.stringify(
        {
          format: 'referent.meeting',
          formatVersion: 1,
          id: minimal.id,
          revision: 1,
          forum: { name: 'Handicaprådet' },
          title: 'Møde',
          documentKind: 'minutes',
          date: '2021-04-15',
          people: [{ id: 'p1', name: 'Kia', role: 'administration', attendance: 'unknown', isReferent: false, signs: false }],
          items: [{ id: 'i1', title: 'Punkt', access: 'open', roundTable: [{ personId: 'p1', text: { type: 'doc', content: [] } }], actions: [{ id: 'a1', text: 'Gør det', done: false }] }],
          status: 'draft',
          alpha: { a: 2, b: 1 },
          zeta: 1,
        },
        null,
        2,
      )}\n`,
    );
  });

  it('gives the same bytes for the same meeting however it was built', () => {
    const a = parse({ ...minimal, preamble: 'Kære **rådsmedlemmer**', people: [{ id: 'p1', name: 'A', signs: true }], nextMeeting: {} });
    const b = parse({
      date: '2021-04-15',
      title: 'Møde',
      forum: { name: 'Handicaprådet', organisation: '' },
      id: minimal.id,
      formatVersion: 1,
      format: 'referent.meeting',
      revision: 1,
      status: 'draft',
      people: [{ signs: null, isReferent: false, name: 'A', id: 'p1', role: 'member' }],
      preamble: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Kære ' }, { type: 'text', marks: [{ type: 'bold' }], text: 'rådsmedlemmer' }] }, { type: 'paragraph' }] },
      nextMeeting: null,
      items: null,
    });
    expect(serializeMeetingFile(b)).toBe(serializeMeetingFile(a));
    expect(sameMeeting(a, b)).toBe(true);
  });

  it('canonicalizes rich text a caller built by hand', () => {
    const m = parse(minimal);
    const withDoc = { ...m, preamble: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'a' }, { type: 'text', text: 'b ' }] }] } } as MeetingFile;
    expect(serializeMeetingFile(withDoc)).toContain('"text": "ab"');
  });

  it('normalizeForComparison can ignore revision and unknown keys', () => {
    const a = parse({ ...minimal, revision: 3, updatedAt: '2021-04-15T17:00:00Z', extra: 1 });
    const b = parse(minimal);
    expect(normalizeForComparison(a)).not.toEqual(normalizeForComparison(b));
    expect(normalizeForComparison(a, { ignoreRevision: true, ignoreUnknownKeys: true })).toEqual(normalizeForComparison(b, { ignoreRevision: true }));
  });
});
