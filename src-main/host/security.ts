import type { IncomingMessage } from 'node:http';
import { timingSafeEqual } from 'node:crypto';

/**
 * Who may use the host's API: requests that carry the token and, when a browser says where it
 * comes from, come from our own origin. The Host header is checked too, so a DNS-rebinding page
 * that resolves its own name to 127.0.0.1 is refused.
 */
export function checkApiRequest(req: IncomingMessage, token: string, origin: string): 200 | 401 | 403 {
  const host = req.headers.host;
  if (host !== new URL(origin).host) return 403;
  const from = req.headers.origin;
  if (from !== undefined && from !== origin) return 403;
  const given = bearer(req.headers.authorization) ?? new URL(req.url ?? '/', origin).searchParams.get('token');
  if (!given || !sameToken(given, token)) return 401;
  return 200;
}

function bearer(header: string | undefined): string | null {
  const m = /^Bearer (\S+)$/.exec(header ?? '');
  return m ? m[1]! : null;
}

function sameToken(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}
