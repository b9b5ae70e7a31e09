/**
 * The application menu as a plain template (pure, type-only electron import) so a Node test
 * checks labels and roles. Roles give each item the platform's native behaviour and keyboard
 * shortcut (Ctrl/Cmd+Z, +C, +V …); the explicit Danish labels are needed because Electron's
 * role defaults are English. `labels` lets the English UI language override them later.
 */
import type { MenuItemConstructorOptions } from 'electron';

export const danishMenuLabels = {
  app: 'Referent',
  about: 'Om Referent',
  services: 'Tjenester',
  hide: 'Skjul Referent',
  hideOthers: 'Skjul andre',
  unhide: 'Vis alle',
  quit: 'Afslut Referent',
  file: 'Filer',
  closeWindow: 'Luk vindue',
  exit: 'Afslut',
  edit: 'Rediger',
  undo: 'Fortryd',
  redo: 'Annullér fortryd',
  cut: 'Klip',
  copy: 'Kopiér',
  paste: 'Sæt ind',
  selectAll: 'Markér alt',
  view: 'Vis',
  reload: 'Genindlæs',
  forceReload: 'Gennemtving genindlæsning',
  toggleDevTools: 'Udviklerværktøjer',
  resetZoom: 'Faktisk størrelse',
  zoomIn: 'Zoom ind',
  zoomOut: 'Zoom ud',
  togglefullscreen: 'Fuld skærm',
  window: 'Vindue',
  minimize: 'Minimér',
  zoom: 'Zoom',
  front: 'Anbring alle forrest',
  close: 'Luk',
  help: 'Hjælp',
} as const;

export type MenuLabels = { [K in keyof typeof danishMenuLabels]: string };

export interface MenuTemplateOptions {
  /** macOS gets the app menu and keeps the app running with no window, as Mac users expect. */
  isMac: boolean;
  /** Packaged builds hide the developer tools and force-reload; `npm start` shows them. */
  isPackaged: boolean;
  labels?: Partial<MenuLabels>;
}

// A fresh object each time: buildFromTemplate may annotate the items it is given.
const separator = (): MenuItemConstructorOptions => ({ type: 'separator' });

export function createMenuTemplate(options: MenuTemplateOptions): MenuItemConstructorOptions[] {
  const l: MenuLabels = { ...danishMenuLabels, ...options.labels };
  const { isMac, isPackaged } = options;
  const dev = !isPackaged;

  const appMenu: MenuItemConstructorOptions = {
    // macOS always titles the first menu with the app's name; no role, so our Danish items
    // are used rather than Electron's English default app menu.
    label: l.app,
    submenu: [
      { role: 'about', label: l.about },
      separator(),
      { role: 'services', label: l.services },
      separator(),
      { role: 'hide', label: l.hide },
      { role: 'hideOthers', label: l.hideOthers },
      { role: 'unhide', label: l.unhide },
      separator(),
      { role: 'quit', label: l.quit },
    ],
  };

  const fileMenu: MenuItemConstructorOptions = {
    label: l.file,
    // On macOS "quit" lives in the app menu; elsewhere Filer › Afslut is where people look.
    submenu: isMac ? [{ role: 'close', label: l.closeWindow }] : [{ role: 'quit', label: l.exit }],
  };

  const editMenu: MenuItemConstructorOptions = {
    label: l.edit,
    submenu: [
      { role: 'undo', label: l.undo },
      { role: 'redo', label: l.redo },
      separator(),
      { role: 'cut', label: l.cut },
      { role: 'copy', label: l.copy },
      { role: 'paste', label: l.paste },
      { role: 'selectAll', label: l.selectAll },
    ],
  };

  const viewMenu: MenuItemConstructorOptions = {
    label: l.view,
    submenu: [
      // Reload is safe for a user: every keystroke is already on disk (DESIGN.md).
      { role: 'reload', label: l.reload },
      // Developer tools only in development: in a packaged build they would let anyone at the
      // keyboard call the core directly, bypassing the UI's confirmations.
      ...(dev
        ? [
            { role: 'forceReload', label: l.forceReload } satisfies MenuItemConstructorOptions,
            { role: 'toggleDevTools', label: l.toggleDevTools } satisfies MenuItemConstructorOptions,
          ]
        : []),
      separator(),
      { role: 'resetZoom', label: l.resetZoom },
      { role: 'zoomIn', label: l.zoomIn },
      { role: 'zoomOut', label: l.zoomOut },
      separator(),
      { role: 'togglefullscreen', label: l.togglefullscreen },
    ],
  };

  const windowMenu: MenuItemConstructorOptions = {
    label: l.window,
    // 'window' and 'help' make macOS add its window list and help search to these menus.
    ...(isMac ? { role: 'window' as const } : {}),
    submenu: isMac
      ? [
          { role: 'minimize', label: l.minimize },
          { role: 'zoom', label: l.zoom },
          separator(),
          { role: 'front', label: l.front },
        ]
      : [
          { role: 'minimize', label: l.minimize },
          { role: 'close', label: l.close },
        ],
  };

  const helpMenu: MenuItemConstructorOptions = {
    label: l.help,
    ...(isMac ? { role: 'help' as const } : {}),
    submenu: [{ role: 'about', label: l.about }],
  };

  return [...(isMac ? [appMenu] : []), fileMenu, editMenu, viewMenu, windowMenu, helpMenu];
}
