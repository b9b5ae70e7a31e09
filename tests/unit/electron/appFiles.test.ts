import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { mimeTypeFor, resolveAppFile } from '../../../src-main/electron/appFiles';

const root = '/opt/referent/out/renderer';

describe('resolveAppFile', () => {
  it('maps the root and paths under it', () => {
    expect(resolveAppFile(root, 'app://referent/')).toEqual({ kind: 'file', path: `${root}/index.html`, mimeType: 'text/html; charset=utf-8' });
    expect(resolveAppFile(root, 'app://referent')).toMatchObject({ path: `${root}/index.html` });
    expect(resolveAppFile(root, 'app://referent/assets/index-abc.js?v=1#x')).toEqual({
      kind: 'file',
      path: `${root}/assets/index-abc.js`,
      mimeType: 'text/javascript; charset=utf-8',
    });
    expect(resolveAppFile(root, 'app://referent/fonts/Mødested%20Sans.woff2')).toMatchObject({ path: `${root}/fonts/Mødested Sans.woff2` });
  });

  it('normalises harmless dot segments that stay inside', () => {
    expect(resolveAppFile(root, 'app://referent/assets/../index.html')).toMatchObject({ path: `${root}/index.html` });
    expect(resolveAppFile(root, 'app://referent//assets//./a.css')).toMatchObject({ path: `${root}/assets/a.css` });
  });

  it.each([
    ['app://referent/../../etc/passwd', '/etc/passwd'],
    ['app://referent/%2e%2e/%2e%2e/etc/passwd', '/etc/passwd'],
    ['app://referent/..', '/index.html'],
    ['app://referent/assets/%2E%2E/%2e%2e/..', '/index.html'],
  ])('lets the URL parser fold the dot segments of %s, staying inside (%s)', (url, inside) => {
    expect(resolveAppFile(root, url)).toMatchObject({ kind: 'file', path: `${root}${inside}` });
  });

  it.each([
    'app://referent/..%2f..%2fetc%2fpasswd',
    'app://referent/assets/..%2F..%2F..%2Fetc%2Fpasswd',
    'app://referent/..%5c..%5cwindows%5cwin.ini',
    'app://referent/index.html%00.png',
    'app://referent/%E0%A4%A',
    'app://referent/%2e%2e%2f',
    'app://referent/index.html::$DATA',
    'app://other/index.html',
    'app://referent.evil/index.html',
    'app://x@referent/index.html',
    'file:///opt/referent/out/renderer/index.html',
    'https://referent/index.html',
    'nonsense',
  ])('refuses %s', (url) => {
    expect(resolveAppFile(root, url)).toEqual({ kind: 'not-found' });
  });

  it('never leaves the root whatever the URL (a sweep of tricky paths)', () => {
    const pieces = ['..', '%2e%2e', '%2E%2E', '.', '%2f', '%5c', 'a', '', '%00', 'C:', '~'];
    for (const a of pieces)
      for (const b of pieces)
        for (const c of pieces) {
          const result = resolveAppFile(root, `app://referent/${a}/${b}/${c}`);
          if (result.kind === 'file') expect(result.path.startsWith(`${root}/`), result.path).toBe(true);
        }
  });

  it('follows Windows path rules on Windows (drive letters, UNC, backslashes)', () => {
    const winRoot = 'C:\\Program Files\\Referent\\resources\\app.asar\\out\\renderer';
    const win = (url: string) => resolveAppFile(winRoot, url, path.win32);
    expect(win('app://referent/assets/a.js')).toMatchObject({ kind: 'file', path: `${winRoot}\\assets\\a.js` });
    for (const url of [
      'app://referent/C:/Windows/win.ini',
      'app://referent/C:%5cWindows%5cwin.ini',
      'app://referent/..%5c..%5c..%5cwin.ini',
      'app://referent/%5c%5cserver%5cshare%5cx',
      'app://referent/../../../../Windows/win.ini',
    ]) {
      const result = win(url);
      if (result.kind === 'file') expect(result.path.startsWith(`${winRoot}\\`), `${url} -> ${result.path}`).toBe(true);
    }
    expect(win('app://referent/C:/Windows/win.ini')).toEqual({ kind: 'not-found' });
  });
});

describe('mimeTypeFor', () => {
  it.each([
    ['index.html', 'text/html; charset=utf-8'],
    ['a.js', 'text/javascript; charset=utf-8'],
    ['a.mjs', 'text/javascript; charset=utf-8'],
    ['a.css', 'text/css; charset=utf-8'],
    ['a.SVG', 'image/svg+xml'],
    ['f.woff2', 'font/woff2'],
    ['hunspell.wasm', 'application/wasm'],
    ['da.dic', 'text/plain; charset=utf-8'],
    ['unknown.bin', 'application/octet-stream'],
    ['noextension', 'application/octet-stream'],
  ])('%s is %s', (file, type) => expect(mimeTypeFor(file)).toBe(type));
});
