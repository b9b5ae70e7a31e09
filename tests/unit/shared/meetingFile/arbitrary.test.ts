import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeForComparison } from '../../../../src-main/shared/meetingFile/equivalence';
import { serializeMeetingFile } from '../../../../src-main/shared/meetingFile/serialize';
import { parseMeetingFile, parseMeetingValue } from '../../../../src-main/shared/meetingFile/validate';
import { meetingFileInputArbitrary } from '../../../support/meetingArbitrary';

describe('meetingFileInputArbitrary', () => {
  it('generates files that parse, and export(import(f)) describes the same meeting, byte-stable', () => {
    fc.assert(
      fc.property(meetingFileInputArbitrary(), (input) => {
        const text = JSON.stringify(input, null, 2);
        const first = parseMeetingFile(text, 'generated.json');
        if (!first.ok) throw new Error(first.message);
        const exported = serializeMeetingFile(first.meeting);
        const second = parseMeetingFile(exported, 'exported.json');
        if (!second.ok) throw new Error(second.message);
        expect(normalizeForComparison(second.meeting)).toEqual(normalizeForComparison(first.meeting));
        expect(serializeMeetingFile(second.meeting)).toBe(exported);
      }),
      { numRuns: 300 },
    );
  });

  it('covers sub-items, both rich text forms and unknown keys', () => {
    const samples = fc.sample(meetingFileInputArbitrary(), { numRuns: 300, seed: 42 });
    const all = JSON.stringify(samples);
    expect(samples.every((s) => parseMeetingValue(s, 's.json').ok)).toBe(true);
    expect(samples.some((s) => (s.items ?? []).some((i) => (i.subItems ?? []).length > 0))).toBe(true);
    expect(all).toContain('"notes":"');
    expect(all).toContain('"notes":{"type":"doc"');
    expect(all).toContain('"x-kommune"');
  });
});
