import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Core } from '../../../src-main/core/createCore';
import { openTestCore, rowCounts } from '../../support/coreFixture';

describe('agenda templates', () => {
  let t: ReturnType<typeof openTestCore>;
  let core: Core;
  beforeEach(() => {
    t = openTestCore();
    core = t.core;
  });
  afterEach(() => t.dispose());

  it('has the three built-in agendas', async () => {
    const list = await core.call('templates.list', {});
    expect(list.map((x) => [x.name, x.items.length, x.builtIn])).toEqual([
      ['Dialogmøde', 6, true],
      ['Beslutningsreferat med sager', 3, true],
      ['Rådsmøde', 6, true],
    ]);
  });

  it('a template file round-trips: export, import under a new name, same agenda', async () => {
    const forumId = (await core.call('forums.create', { name: 'Handicaprådet' })).id;
    const m = await core.call('meetings.create', { forumId, title: 'Møde', date: '2026-12-01', templateId: 'builtin:beslutningsreferat' });
    await core.call('items.add', { meetingId: m.id, title: 'Budget 2027', kind: 'decision', plannedMinutes: 25 });
    const own = await core.call('templates.fromMeeting', { meetingId: m.id, name: 'Handicaprådets møde' });
    expect(own.items.map((i) => i.title)).toEqual(['Sag til beslutning', 'Orientering', 'Eventuelt', 'Budget 2027']);
    const file = await core.call('templates.exportFile', { id: own.id });
    expect(file.fileName).toBe('Handicaprådets møde.referent-skabelon.json');
    const renamed = file.text.replace('"Handicaprådets møde"', '"Kopi"');
    const copy = await core.call('templates.importFile', { fileName: file.fileName, text: renamed });
    const { id: _a, name: _n, ...a } = own;
    const { id: _b, name: _m, ...b } = copy;
    expect(b).toEqual(a);
    // a meeting from the imported template has its agenda
    const m2 = await core.call('meetings.create', { forumId, title: 'Møde 2', date: '2027-01-01', templateId: copy.id });
    expect(m2.items.map((i) => [i.title, i.plannedMinutes ?? null])).toEqual(own.items.map((i) => [i.title, i.plannedMinutes ?? null]));
  });

  it('refuses a bad template file with a clear message, storing nothing', async () => {
    const before = rowCounts(core);
    const n = (await core.call('templates.list', {})).length;
    const bad = [
      ['not json', '{ nope'],
      ['wrong format', JSON.stringify({ format: 'referent.meeting', formatVersion: 1, name: 'X', items: [] })],
      ['empty title', JSON.stringify({ format: 'referent.template', formatVersion: 1, name: 'X', items: [{ title: ' ' }] })],
      ['unknown kind', JSON.stringify({ format: 'referent.template', formatVersion: 1, name: 'X', items: [{ title: 'A', kind: 'party' }] })],
      ['built-in name', JSON.stringify({ format: 'referent.template', formatVersion: 1, name: 'Rådsmøde', items: [] })],
    ] as const;
    for (const [what, text] of bad) {
      const r = await core.invoke('templates.importFile', { fileName: 'skabelon.json', text });
      expect(r.ok, what).toBe(false);
      if (!r.ok) expect(r.error.message).toMatch(/skabelon\.json|indbygget/);
    }
    const unknownKind = await core.invoke('templates.importFile', { fileName: 'skabelon.json', text: bad[3][1] });
    expect(unknownKind).toMatchObject({ ok: false, error: { message: expect.stringContaining('items[0].kind') } });
    expect(rowCounts(core)).toEqual(before);
    expect((await core.call('templates.list', {})).length).toBe(n);
  });

  it('cannot delete or overwrite a built-in template', async () => {
    expect(await core.invoke('templates.delete', { id: 'builtin:raadsmoede' })).toMatchObject({ ok: false, error: { code: 'conflict' } });
  });
});
