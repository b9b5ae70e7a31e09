/**
 * Serves the built renderer from `app://referent/`, not file://. A file: page has a null
 * origin and file:-wide reach (any local HTML could pose as us); a privileged standard scheme
 * gives the app a real origin of its own, so the CSP's 'self', the sender check and the
 * navigation guard all have something precise to compare against.
 */
import { protocol } from 'electron';
import { readFile } from 'node:fs/promises';
import { contentSecurityPolicy } from '../shared/csp';
import { resolveAppFile } from './appFiles';
import { appScheme } from './senderCheck';

/** Must run before app 'ready': Chromium fixes scheme privileges at start-up. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    {
      scheme: appScheme,
      privileges: {
        // standard: a real origin (app://referent), relative URLs and localStorage work.
        standard: true,
        // secure: a secure context like https (needed by crypto.subtle, module workers).
        secure: true,
        // fetch() of our own files (the spell checker's dictionary and WebAssembly).
        supportFetchAPI: true,
        // Vite emits <script type="module" crossorigin>: CORS-mode requests need a
        // CORS-enabled scheme. Our responses never send Access-Control-Allow-Origin, so no
        // other origin can read them.
        corsEnabled: true,
        // V8 code cache for our bundle: a faster second start.
        codeCache: true,
      },
    },
  ]);
}

/** Security headers on every response, HTML or not. */
function headers(mimeType: string): Record<string, string> {
  return {
    'Content-Type': mimeType,
    // The CSP as a header, not a <meta>: it applies before any byte of the page is parsed and
    // the page cannot remove it. See shared/csp.ts for what it allows and why.
    'Content-Security-Policy': contentSecurityPolicy,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cross-Origin-Opener-Policy': 'same-origin',
    // The app's files change only with an update; no stale bundle after one.
    'Cache-Control': 'no-cache',
  };
}

function notFound(status = 404): Response {
  return new Response('Ikke fundet', { status, headers: headers('text/plain; charset=utf-8') });
}

/** After 'ready': answer app:// requests from `rendererDir` (out/renderer). */
export function handleAppProtocol(rendererDir: string): void {
  protocol.handle(appScheme, async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return notFound(405);
    const resolved = resolveAppFile(rendererDir, request.url);
    if (resolved.kind !== 'file') return notFound();
    try {
      // fs.readFile reads inside the asar archive too (Electron patches fs).
      const body = await readFile(resolved.path);
      return new Response(request.method === 'HEAD' ? null : body, { status: 200, headers: headers(resolved.mimeType) });
    } catch {
      // Absent, a directory, unreadable: all the same to the page.
      return notFound();
    }
  });
}
