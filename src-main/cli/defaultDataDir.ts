import { homedir } from 'node:os';
import { join } from 'node:path';

/**
 * The desktop app's own data folder (Electron's `app.getPath('userData')` for productName
 * "Referent"), so the command sees what the app sees.
 */
export function defaultDataDir(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string {
  // An empty variable is unset, as Electron and GLib read it (else the folder would be ./Referent).
  if (platform === 'win32') return join(env.APPDATA || join(homedir(), 'AppData', 'Roaming'), 'Referent');
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', 'Referent');
  return join(env.XDG_CONFIG_HOME || join(homedir(), '.config'), 'Referent');
}
