/**
 * Which Chromium the CLI renders with (as its spec describes): REFERENT_CHROMIUM, else the first
 * of chromium, chromium-browser, google-chrome on PATH. Playwright's own browser download is never
 * used: the machines Referent runs on may have no network.
 */
import { accessSync, constants, statSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { CoreError } from '../coreError';

const names = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'];

function executable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    // A folder passes the X_OK test too (it can be entered), but cannot be started.
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

export function findChromium(env: NodeJS.ProcessEnv = process.env): string {
  const fromEnv = env.REFERENT_CHROMIUM;
  if (fromEnv) {
    if (executable(fromEnv)) return fromEnv;
    throw new CoreError('internal', `REFERENT_CHROMIUM peger på ${fromEnv}, men der er ingen Chromium dér. Ret stien, eller fjern variablen.`);
  }
  for (const dir of (env.PATH ?? '').split(delimiter).filter(Boolean)) {
    for (const name of names) {
      const p = join(dir, name);
      if (executable(p)) return p;
    }
  }
  throw new CoreError(
    'internal',
    'Der blev ikke fundet nogen Chromium til at lave PDF-filer (chromium, chromium-browser eller google-chrome). ' +
      'Installér Chromium (på Debian: apt install chromium), eller angiv stien i REFERENT_CHROMIUM.',
  );
}
