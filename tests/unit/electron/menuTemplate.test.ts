import { describe, expect, it } from 'vitest';
import { createMenuTemplate } from '../../../src-main/electron/menuTemplate';

// Electron's MenuItemConstructorOptions, taken from the function: tests may not import electron.
type MenuItemConstructorOptions = ReturnType<typeof createMenuTemplate>[number];

function flatten(items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? flatten(item.submenu) : [])]);
}
const roles = (items: MenuItemConstructorOptions[]) => flatten(items).map((i) => i.role).filter(Boolean);
const labelOf = (items: MenuItemConstructorOptions[], role: string) => flatten(items).find((i) => i.role === role)?.label;

describe('createMenuTemplate', () => {
  const linux = createMenuTemplate({ isMac: false, isPackaged: true });
  const mac = createMenuTemplate({ isMac: true, isPackaged: true });
  const dev = createMenuTemplate({ isMac: false, isPackaged: false });

  it('has the Danish top-level menus', () => {
    expect(linux.map((m) => m.label)).toEqual(['Filer', 'Rediger', 'Vis', 'Vindue', 'Hjælp']);
    expect(mac.map((m) => m.label)).toEqual(['Referent', 'Filer', 'Rediger', 'Vis', 'Vindue', 'Hjælp']);
  });

  it('labels the standard roles in Danish', () => {
    expect(labelOf(linux, 'undo')).toBe('Fortryd');
    expect(labelOf(linux, 'redo')).toBe('Annullér fortryd');
    expect(labelOf(linux, 'cut')).toBe('Klip');
    expect(labelOf(linux, 'copy')).toBe('Kopiér');
    expect(labelOf(linux, 'paste')).toBe('Sæt ind');
    expect(labelOf(linux, 'selectAll')).toBe('Markér alt');
    expect(labelOf(linux, 'reload')).toBe('Genindlæs');
    expect(labelOf(linux, 'about')).toBe('Om Referent');
  });

  it('gives every item other than a separator or submenu a role and a label', () => {
    for (const item of flatten(mac).concat(flatten(dev))) {
      if (item.type === 'separator') continue;
      expect(item.label, JSON.stringify(item)).toBeTruthy();
      if (!item.submenu) expect(item.role, item.label).toBeTruthy();
    }
  });

  it('has the standard roles on every platform', () => {
    for (const template of [linux, mac]) {
      expect(roles(template)).toEqual(
        expect.arrayContaining(['undo', 'redo', 'cut', 'copy', 'paste', 'selectAll', 'reload', 'resetZoom', 'zoomIn', 'zoomOut', 'togglefullscreen', 'minimize', 'about']),
      );
    }
    expect(roles(linux)).toEqual(expect.arrayContaining(['quit', 'close']));
  });

  it('keeps Hjælp with Om Referent', () => {
    const help = linux.find((m) => m.label === 'Hjælp')!;
    expect(help.submenu).toEqual([{ role: 'about', label: 'Om Referent' }]);
  });

  it('gives macOS its app menu, with quit there', () => {
    const appMenu = mac[0]!;
    expect(roles([appMenu])).toEqual(expect.arrayContaining(['about', 'services', 'hide', 'hideOthers', 'unhide', 'quit']));
    expect(labelOf([appMenu], 'quit')).toBe('Afslut Referent');
    expect(roles(linux)).not.toContain('services');
  });

  it('shows developer tools only when not packaged', () => {
    expect(roles(dev)).toContain('toggleDevTools');
    expect(roles(linux)).not.toContain('toggleDevTools');
    expect(roles(mac)).not.toContain('toggleDevTools');
    expect(roles(linux)).not.toContain('forceReload');
  });

  it('takes label overrides for another UI language', () => {
    const english = createMenuTemplate({ isMac: false, isPackaged: true, labels: { file: 'File', undo: 'Undo' } });
    expect(english[0]!.label).toBe('File');
    expect(labelOf(english, 'undo')).toBe('Undo');
    expect(labelOf(english, 'redo')).toBe('Annullér fortryd');
  });
});
