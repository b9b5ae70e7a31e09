/**
 * Who may talk to the core, and which links may leave the app. Pure (no electron import) so a
 * Node test covers every case; ipc.ts, navigation.ts and protocol.ts all use these.
 */

/** The renderer is served from this custom scheme and host only (see protocol.ts). */
export const appScheme = 'app';
export const appHost = 'referent';
export const appOrigin = `${appScheme}://${appHost}`;
export const appEntryUrl = `${appOrigin}/index.html`;

function parse(url: string | undefined | null): URL | null {
  if (typeof url !== 'string' || url === '') return null;
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/**
 * True only for a page of our own origin, `app://referent/…`. Everything else is refused: a
 * file: page (any local HTML could call us), http(s) (a remote page that slipped through),
 * devtools:, about:blank (an opened window the page can script), another app:// host, a URL
 * with credentials or a port (never produced by our protocol, so a sign of spoofing), or
 * something that does not parse. Chromium canonicalises the standard scheme's host to lower
 * case, so an exact comparison is right.
 */
export function isTrustedSenderUrl(url: string | undefined | null): boolean {
  const parsed = parse(url);
  if (!parsed) return false;
  return (
    parsed.protocol === `${appScheme}:` &&
    parsed.host === appHost &&
    parsed.username === '' &&
    parsed.password === '' &&
    parsed.port === ''
  );
}

/**
 * A link the OS browser may open: http and https only. file:, smb:, javascript:, custom
 * handlers (ms-msdt: and friends have been used to run code) are never handed to the OS.
 */
export function isExternalLink(url: string | undefined | null): boolean {
  const parsed = parse(url);
  if (!parsed) return false;
  return (parsed.protocol === 'http:' || parsed.protocol === 'https:') && parsed.hostname !== '';
}
