import { test as base } from '@playwright/test';
import { join } from 'node:path';
import { createCore, type Core } from '../../src-main/core/createCore';
import { startHost, type Host } from '../../src-main/host/server';
import { makeTempDir } from '../support/tempDir';

/**
 * Each test gets its own data folder, a real core on a real SQLite file, and the host serving
 * the production build of the renderer (built by `npm test` before Playwright runs).
 */
export const test = base.extend<{ dataDir: string; core: Core; host: Host }>({
  // eslint-disable-next-line no-empty-pattern
  dataDir: async ({}, use) => {
    const dir = makeTempDir('referent-e2e-');
    await use(dir.path);
    dir.remove();
  },
  core: async ({ dataDir }, use) => {
    const core = createCore({ dataDir });
    await use(core);
    core.close();
  },
  host: async ({ core }, use) => {
    const host = await startHost({ core, rendererDir: join(process.cwd(), 'out', 'renderer') });
    await use(host);
    await host.close();
  },
});

export { expect } from '@playwright/test';
