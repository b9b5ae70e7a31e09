/**
 * Noto Sans (SIL Open Font License 1.1, which allows embedding; resources/fonts/OFL.txt) as
 * @font-face rules with data: URLs, so the HTML needs no file access and Chromium embeds the
 * same face, subset, in every PDF whatever fonts the machine has. Latin and Latin Extended in
 * regular, bold and their italics cover Danish and the names of people from elsewhere.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CoreError } from '../coreError';

const ranges = {
  latin: 'U+0000-00FF,U+0131,U+0152-0153,U+02BB-02BC,U+02C6,U+02DA,U+02DC,U+0304,U+0308,U+0329,U+2000-206F,U+20AC,U+2122,U+2191,U+2193,U+2212,U+2215,U+FEFF,U+FFFD',
  'latin-ext':
    'U+0100-02BA,U+02BD-02C5,U+02C7-02CC,U+02CE-02D7,U+02DD-02FF,U+0304,U+0308,U+0329,U+1D00-1DBF,U+1E00-1E9F,U+1EF2-1EFF,U+2020,U+20A0-20AB,U+20AD-20C0,U+2113,U+2C60-2C7F,U+A720-A7FF',
} as const;

const cache = new Map<string, string>();

/** The @font-face rules; read once per resources folder and kept (≈ 400 KB of base64). */
export function fontFaceCss(resourcesDir: string): string {
  const cached = cache.get(resourcesDir);
  if (cached) return cached;
  const rules: string[] = [];
  for (const weight of [400, 700]) {
    for (const style of ['normal', 'italic']) {
      for (const [subset, range] of Object.entries(ranges)) {
        const file = join(resourcesDir, 'fonts', `noto-sans-${subset}-${weight}-${style}.woff2`);
        let data: Buffer;
        try {
          data = readFileSync(file);
        } catch {
          throw new CoreError('internal', `Skrifttypen til PDF-filer mangler (${file}). Installér Referent igen.`);
        }
        rules.push(
          `@font-face{font-family:'Noto Sans';font-style:${style};font-weight:${weight};` +
            `src:url(data:font/woff2;base64,${data.toString('base64')}) format('woff2');unicode-range:${range};}`,
        );
      }
    }
  }
  const css = rules.join('');
  cache.set(resourcesDir, css);
  return css;
}

