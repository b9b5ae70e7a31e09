/**
 * `npm run host`: serves the built renderer and the real core on 127.0.0.1 and prints the URL.
 * For development and browser tests only; never packaged.
 */
import { parseArgs } from 'node:util';
import { join } from 'node:path';
import { createCore } from '../core/createCore';
import { startHost } from './server';
import { widenThreadPool } from '../core/sync/threadpool';

widenThreadPool();

const { values } = parseArgs({
  options: { 'data-dir': { type: 'string' }, port: { type: 'string' } },
});
const dataDir = values['data-dir'] ?? process.env.REFERENT_DATA_DIR ?? join(process.cwd(), '.data', 'host');
// The shared drive is polled as in the app (REFERENT_SYNC_POLL_MS shortens it for trying things out).
const pollMs = Number(process.env.REFERENT_SYNC_POLL_MS) || undefined;
const core = createCore({ dataDir, syncWorker: { pollMs } });
const host = await startHost({
  core,
  rendererDir: join(process.cwd(), 'out', 'renderer'),
  port: values.port ? Number(values.port) : undefined,
});
console.log(`Referent (værten) kører. Åbn:\n  ${host.url}\nData: ${dataDir}`);

const stop = async () => {
  await host.close();
  core.close();
  process.exit(0);
};
process.on('SIGINT', () => void stop());
process.on('SIGTERM', () => void stop());
