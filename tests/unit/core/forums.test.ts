import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import BetterSqlite3 from 'better-sqlite3';
import { join } from 'node:path';
import { createCore, type Core } from '../../../src-main/core/createCore';
import { makeTempDir } from '../../support/tempDir';

describe('forums on a real SQLite file', () => {
  let dir: ReturnType<typeof makeTempDir>;
  let core: Core;
  beforeEach(() => {
    dir = makeTempDir();
    core = createCore({ dataDir: dir.path, now: () => new Date('2026-11-23T10:00:00Z') });
  });
  afterEach(() => {
    core.close();
    dir.remove();
  });

  it('creates a forum, emits forums.changed, and keeps it across a reopen', async () => {
    const seen: string[] = [];
    core.on('forums.changed', ({ forum }) => seen.push(forum.name));
    const forum = await core.call('forums.create', { name: '  Handicaprådet ', organisation: 'Ringsted Kommune' });
    expect(forum).toMatchObject({ name: 'Handicaprådet', organisation: 'Ringsted Kommune', shortName: null, createdAt: '2026-11-23T10:00:00.000Z' });
    expect(seen).toEqual(['Handicaprådet']);
    core.close();

    core = createCore({ dataDir: dir.path });
    expect(await core.call('forums.list', {})).toEqual([forum]);
    expect(await core.call('forums.get', { id: forum.id })).toEqual(forum);
  });

  it('lists forums by name, case-insensitively', async () => {
    for (const name of ['udsatterådet', 'Dialogforum', 'Handicaprådet']) await core.call('forums.create', { name });
    expect((await core.call('forums.list', {})).map((f) => f.name)).toEqual(['Dialogforum', 'Handicaprådet', 'udsatterådet']);
  });

  it('sets WAL, synchronous=FULL and foreign keys on the connection', () => {
    expect(core.db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(core.db.pragma('synchronous', { simple: true })).toBe(2);
    expect(core.db.pragma('foreign_keys', { simple: true })).toBe(1);
    const raw = new BetterSqlite3(join(dir.path, 'referent.sqlite'), { readonly: true });
    expect(raw.pragma('user_version', { simple: true })).toBeGreaterThanOrEqual(1);
    raw.close();
  });
});

describe('the boundary (dispatch)', () => {
  let dir: ReturnType<typeof makeTempDir>;
  let core: Core;
  beforeEach(() => {
    dir = makeTempDir();
    core = createCore({ dataDir: dir.path });
  });
  afterEach(() => {
    core.close();
    dir.remove();
  });

  it('refuses an unknown method', async () => {
    const answer = await core.invoke('forums.drop', {});
    expect(answer).toEqual({ ok: false, error: { code: 'unknown-method', message: expect.stringContaining('forums.drop') } });
  });

  it('refuses input that fails its schema, naming the field', async () => {
    const answer = await core.invoke('forums.create', { name: 42 });
    expect(answer.ok).toBe(false);
    if (answer.ok) return;
    expect(answer.error.code).toBe('invalid-input');
    expect(answer.error.path).toBe('name');
    expect(answer.error.message).toContain('«name»');
  });

  it('refuses unknown keys and a missing object', async () => {
    const extra = await core.invoke('forums.create', { name: 'X', colour: 'red' });
    expect(extra.ok).toBe(false);
    const none = await core.invoke('forums.get', null);
    expect(none).toMatchObject({ ok: false, error: { code: 'invalid-input', path: 'id' } });
  });

  it('answers not-found with a message a person can act on', async () => {
    const answer = await core.invoke('forums.get', { id: 'nope' });
    expect(answer).toEqual({ ok: false, error: { code: 'not-found', message: expect.stringMatching(/findes ikke/) } });
  });

  it('leaves the data unchanged after refused input', async () => {
    await core.invoke('forums.create', { name: '' });
    await core.invoke('forums.create', { name: 'x'.repeat(201) });
    expect(await core.call('forums.list', {})).toEqual([]);
  });
});
