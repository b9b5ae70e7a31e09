import { describe, expect, it } from 'vitest';
import { recoveryDialog } from '../../../src-main/electron/startupRecovery';

const backup = { file: '/d/backups/referent-2026-11-20T10-00-00-000Z.sqlite', takenAt: '2026-11-20T10:00:00.000Z', size: 4096 };

describe('start-up recovery dialog', () => {
  it('offers the newest backup first for a damaged file, then read-only, then quit', () => {
    const d = recoveryDialog('database-corrupt', 'Databasen er beskadiget.', [backup], '/d');
    expect(d.actions.map((a) => a.kind)).toEqual(['restore', 'readonly', 'quit']);
    expect(d.buttons[0]).toMatch(/^Gendan sikkerhedskopien fra \d{2}-11-2026 kl\. \d{2}\.00$/);
    expect(d.buttons.slice(1)).toEqual(['Åbn skrivebeskyttet', 'Afslut']);
    expect(d.cancelId).toBe(2);
    expect(d.detail).toContain('ikke slettet');
  });
  it('offers read-only or quit when there is no backup or the file is from a newer Referent', () => {
    expect(recoveryDialog('database-corrupt', 'x', [], '/d').actions.map((a) => a.kind)).toEqual(['readonly', 'quit']);
    const newer = recoveryDialog('database-too-new', 'Databasen er skrevet af en nyere version af Referent.', [backup], '/d');
    expect(newer.actions.map((a) => a.kind)).toEqual(['readonly', 'quit']);
    expect(newer.detail).toContain('Opdatér Referent');
  });
});
