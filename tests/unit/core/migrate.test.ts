import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import BetterSqlite3 from 'better-sqlite3';
import { join } from 'node:path';
import { createCore } from '../../../src-main/core/createCore';
import { latestSchemaVersion, migrations } from '../../../src-main/core/store/migrations';
import { makeTempDir } from '../../support/tempDir';

describe('migrations', () => {
  let dir: ReturnType<typeof makeTempDir>;
  beforeEach(() => (dir = makeTempDir()));
  afterEach(() => dir.remove());

  it('are numbered 1, 2, 3 … without gaps', () => {
    expect(migrations.map((m) => m.version)).toEqual(migrations.map((_, i) => i + 1));
  });

  it('bring a new file to the latest version', () => {
    const core = createCore({ dataDir: dir.path });
    expect(core.db.pragma('user_version', { simple: true })).toBe(latestSchemaVersion);
    core.close();
  });

  it('refuse a database written by a newer version, with a message, and leave it untouched', () => {
    const file = join(dir.path, 'referent.sqlite');
    const db = new BetterSqlite3(file);
    db.pragma(`user_version = ${latestSchemaVersion + 1}`);
    db.exec('CREATE TABLE future (x)');
    db.close();
    expect(() => createCore({ dataDir: dir.path })).toThrow(/nyere version af Referent/);
    const again = new BetterSqlite3(file, { readonly: true });
    expect(again.pragma('user_version', { simple: true })).toBe(latestSchemaVersion + 1);
    again.close();
  });
});
