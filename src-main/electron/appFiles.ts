/**
 * Which file of the built renderer an `app://referent/…` request means, and its MIME type.
 * Pure (the `path` module is injectable so a test can check Windows path rules on Linux).
 * protocol.ts reads the file; everything that decides what may be read is here.
 */
import nodePath from 'node:path';
import { appHost, appScheme } from './senderCheck';

export type AppFileResolution = { kind: 'file'; path: string; mimeType: string } | { kind: 'not-found' };

const notFound: AppFileResolution = { kind: 'not-found' };

const mimeTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  // WebAssembly.instantiateStreaming (the spell checker) insists on this exact type.
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
  '.dic': 'text/plain; charset=utf-8',
  '.aff': 'text/plain; charset=utf-8',
};

/** Module scripts are refused by Chromium unless served with a JavaScript MIME type. */
export function mimeTypeFor(file: string, path: typeof nodePath = nodePath): string {
  return mimeTypes[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
}

/**
 * Maps a request URL to a file under `rootDir`, or not-found. Refused: another scheme or host,
 * a path that is not valid percent-encoding, NUL bytes, backslashes (Windows would read `..\`
 * as a parent step), colons, and anything that resolves outside `rootDir` (`..%2f`). `/` means
 * `/index.html`.
 */
export function resolveAppFile(rootDir: string, requestUrl: string, path: typeof nodePath = nodePath): AppFileResolution {
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return notFound;
  }
  if (url.protocol !== `${appScheme}:` || url.host !== appHost || url.username !== '' || url.password !== '') return notFound;

  let pathname: string;
  try {
    pathname = decodeURIComponent(url.pathname);
  } catch {
    return notFound;
  }
  if (pathname.includes('\0') || pathname.includes('\\')) return notFound;
  if (pathname === '' || pathname === '/') pathname = '/index.html';

  const root = path.resolve(rootDir);
  const segments = pathname.split('/').filter((s) => s !== '' && s !== '.');
  // A colon is never in a built file's name, but on Windows it makes a drive-relative path
  // (`C:`) or names an NTFS stream (`index.html::$DATA`).
  if (segments.some((s) => s.includes(':'))) return notFound;
  // The URL parser has already folded `..` and `%2e%2e`; an encoded slash (`..%2f`) only became
  // a separator when decoded just now, so the resolved path must still be checked to be inside.
  const file = path.resolve(root, ...segments);
  const rel = path.relative(root, file);
  if (rel === '' || rel === '..' || rel.startsWith(`..${path.sep}`) || path.isAbsolute(rel)) return notFound;

  return { kind: 'file', path: file, mimeType: mimeTypeFor(file, path) };
}
