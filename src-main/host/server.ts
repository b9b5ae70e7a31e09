import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { randomBytes } from 'node:crypto';
import { resolve } from 'node:path';
import type { Core } from '../core/createCore';
import { fail } from '../shared/api/envelope';
import { eventNames } from '../shared/api/events';
import { contentSecurityPolicy } from '../shared/csp';
import { checkApiRequest } from './security';
import { readStatic } from './staticFiles';

export interface Host {
  /** The address to open, token included in the fragment (never sent to the server in logs). */
  url: string;
  origin: string;
  token: string;
  close(): Promise<void>;
}

export interface HostOptions {
  core: Core;
  /** The built renderer (vite's output). */
  rendererDir: string;
  port?: number;
}

const maxBody = 64 * 1024 * 1024;

/**
 * The test and development host: the built renderer and the core's handler table over HTTP on
 * 127.0.0.1, so Playwright drives the real core from Debian's Chromium. Not packaged.
 */
export async function startHost(options: HostOptions): Promise<Host> {
  const token = randomBytes(24).toString('base64url');
  const rendererDir = resolve(options.rendererDir);
  const streams = new Set<ServerResponse>();
  let origin = '';

  const server = createServer((req, res) => {
    handle(req, res).catch((e) => {
      console.error('[host]', e);
      if (!res.headersSent) send(res, 500, fail('internal', 'Værten fejlede.'));
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', origin);
    if (url.pathname.startsWith('/api/')) {
      const verdict = checkApiRequest(req, token, origin);
      if (verdict !== 200) {
        send(res, verdict, fail('invalid-input', verdict === 401 ? 'Mangler adgangsnøgle.' : 'Fremmed oprindelse.'));
        return;
      }
      if (url.pathname === '/api/invoke' && req.method === 'POST') return invoke(req, res);
      if (url.pathname === '/api/events' && req.method === 'GET') return openStream(res);
      send(res, 404, fail('unknown-method', 'Ukendt adresse.'));
      return;
    }
    if (req.method !== 'GET') {
      res.writeHead(405).end();
      return;
    }
    const file = await readStatic(rendererDir, url.pathname);
    if (!file) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('Ikke fundet');
      return;
    }
    res.writeHead(200, {
      'content-type': file.type,
      'content-security-policy': contentSecurityPolicy,
      'x-content-type-options': 'nosniff',
      'cache-control': 'no-store',
    });
    res.end(file.body);
  }

  async function invoke(req: IncomingMessage, res: ServerResponse): Promise<void> {
    let body: { method?: unknown; input?: unknown };
    try {
      body = JSON.parse(await readBody(req)) as typeof body;
    } catch {
      send(res, 400, fail('invalid-input', 'Forespørgslen var ikke gyldig JSON.'));
      return;
    }
    send(res, 200, await options.core.invoke(body.method, body.input));
  }

  function openStream(res: ServerResponse): void {
    res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-store', connection: 'keep-alive' });
    res.write(': open\n\n');
    streams.add(res);
    res.on('close', () => streams.delete(res));
  }

  const unsubscribe = eventNames.map((name) =>
    options.core.on(name, (payload) => {
      const chunk = `event: ${name}\ndata: ${JSON.stringify(payload)}\n\n`;
      for (const s of streams) s.write(chunk);
    }),
  );

  await new Promise<void>((ok, no) => {
    server.once('error', no);
    server.listen(options.port ?? 0, '127.0.0.1', () => ok());
  });
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('host: no port');
  origin = `http://127.0.0.1:${address.port}`;

  return {
    url: `${origin}/#token=${token}`,
    origin,
    token,
    async close() {
      unsubscribe.forEach((u) => u());
      for (const s of streams) s.end();
      const closed = new Promise<void>((ok) => server.close(() => ok()));
      // A browser keeps idle keep-alive connections open; they must not hold the close up.
      server.closeAllConnections();
      await closed;
    },
  };
}

function send(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  res.end(JSON.stringify(body));
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((ok, no) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > maxBody) {
        no(new Error('body too large'));
        req.destroy();
      } else chunks.push(c);
    });
    req.on('end', () => ok(Buffer.concat(chunks).toString('utf8')));
    req.on('error', no);
  });
}
