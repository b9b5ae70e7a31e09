import { existsSync } from 'node:fs';
import { delimiter, join } from 'node:path';

/** Debian's Chromium (or REFERENT_CHROMIUM); Playwright's own download is never used here. */
export function chromiumPath(): string {
  const fromEnv = process.env.REFERENT_CHROMIUM;
  if (fromEnv) return fromEnv;
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    for (const name of ['chromium', 'chromium-browser', 'google-chrome']) {
      const p = join(dir, name);
      if (existsSync(p)) return p;
    }
  }
  return '/usr/bin/chromium';
}

/** Flags that keep Chromium quiet on a machine with no network and as root in a container. */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];
