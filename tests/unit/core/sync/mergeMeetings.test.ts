import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { mergeMeetings } from '../../../../src-main/core/sync/mergeMeetings';
import { parseMeetingValue } from '../../../../src-main/shared/meetingFile/validate';
import type { MeetingFile } from '../../../../src-main/shared/meetingFile/types';

const base: MeetingFile = {
  format: 'referent.meeting',
  formatVersion: 1,
  id: '0b9f5e4c-6a1d-4f2e-9c3b-7d8e1f2a3b4c',
  revision: 3,
  forum: { name: 'Handicaprådet' },
  title: 'Møde i Handicaprådet',
  date: '2026-12-01',
  location: 'Rådhuset',
  people: [
    { id: 'p1', name: 'Anne Holm' },
    { id: 'p2', name: 'Bo Dahl' },
  ],
  items: [
    { id: 'i1', title: 'Godkendelse af dagsorden' },
    { id: 'i2', title: 'Tilgængelighed på biblioteket', notes: 'Drøftet.' },
    { id: 'i3', title: 'Eventuelt' },
  ],
} as unknown as MeetingFile;

const edit = (f: (m: MeetingFile) => void): MeetingFile => {
  const copy = structuredClone(base);
  f(copy);
  return copy;
};

describe('three-way merge of a meeting', () => {
  it('takes each side’s own changes, and the result is a valid meeting', () => {
    const local = edit((m) => (m.location = 'Byrådssalen'));
    const remote = edit((m) => (m.items![1]!.title = 'Tilgængelighed på hovedbiblioteket'));
    const { merged, conflicts } = mergeMeetings(base, local, remote);
    expect(conflicts).toEqual([]);
    expect(merged.location).toBe('Byrådssalen');
    expect((merged.items as { title: string }[])[1]!.title).toBe('Tilgængelighed på hovedbiblioteket');
    expect(parseMeetingValue(merged, 'x').ok).toBe(true);
  });

  it('reports the same field changed on both sides, by path, and applies a choice', () => {
    const local = edit((m) => (m.items![1]!.title = 'Lokal titel'));
    const remote = edit((m) => (m.items![1]!.title = 'Drevets titel'));
    const { conflicts } = mergeMeetings(base, local, remote);
    expect(conflicts).toEqual([{ path: 'items.i2.title', key: 'title', itemId: 'i2', local: 'Lokal titel', remote: 'Drevets titel' }]);
    const chosen = mergeMeetings(base, local, remote, { 'items.i2.title': 'remote' });
    expect(chosen.conflicts).toEqual([]);
    expect((chosen.merged.items as { title: string }[])[1]!.title).toBe('Drevets titel');
  });

  it('keeps items added on either side in place, drops one removed on a side that left the other alone', () => {
    const local = edit((m) => m.items!.splice(1, 0, { id: 'iL', title: 'Nyt lokalt punkt' } as never));
    const remote = edit((m) => {
      m.items!.splice(2, 1);
      m.items!.push({ id: 'iR', title: 'Nyt punkt fra drevet' } as never);
    });
    const { merged, conflicts } = mergeMeetings(base, local, remote);
    expect(conflicts).toEqual([]);
    expect((merged.items as { id: string }[]).map((i) => i.id)).toEqual(['i1', 'iL', 'i2', 'iR']);
  });

  it('asks when an item is removed on one side and changed on the other', () => {
    const local = edit((m) => (m.items![2]!.title = 'Eventuelt og afslutning'));
    const remote = edit((m) => m.items!.splice(2, 1));
    const { conflicts } = mergeMeetings(base, local, remote);
    expect(conflicts).toEqual([expect.objectContaining({ path: 'items.i3', local: expect.objectContaining({ title: 'Eventuelt og afslutning' }), remote: null })]);
    const removed = mergeMeetings(base, local, remote, { 'items.i3': 'remote' });
    expect((removed.merged.items as unknown[]).length).toBe(2);
  });

  it('takes the other side’s new order when only that side reordered', () => {
    const remote = edit((m) => m.items!.reverse());
    const local = edit((m) => (m.location = 'Andet sted'));
    const { merged } = mergeMeetings(base, local, remote);
    expect((merged.items as { id: string }[]).map((i) => i.id)).toEqual(['i3', 'i2', 'i1']);
  });

  it('without a base, every difference is a conflict', () => {
    const local = edit((m) => (m.location = 'A'));
    const remote = edit((m) => (m.location = 'B'));
    expect(mergeMeetings(null, local, remote).conflicts.map((c) => c.path)).toEqual(['location']);
  });

  it('property: merging a version with itself, or with an unchanged side, never conflicts and gives that version', () => {
    const titles = fc.string({ minLength: 1, maxLength: 30 }).filter((s) => s.trim().length > 0);
    fc.assert(
      fc.property(titles, fc.option(titles, { nil: undefined }), (title, location) => {
        const changed = edit((m) => {
          m.title = title;
          m.location = location ?? null;
        });
        for (const [l, r] of [[changed, base], [base, changed], [changed, changed]] as const) {
          const { merged, conflicts } = mergeMeetings(base, l, r);
          expect(conflicts).toEqual([]);
          expect(merged.title).toBe(title);
        }
      }),
    );
  });
});
