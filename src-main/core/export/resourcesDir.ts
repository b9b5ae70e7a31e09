/**
 * Where resources/ (the fonts embedded in PDFs) is. The Electron shell passes it (inside the
 * asar, beside out/); the CLI bundle (out/cli/referent.cjs) finds it two folders up; tests and
 * `tsx` from a checkout run with the project as the working folder.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';

export function defaultResourcesDir(): string {
  const candidates: string[] = [];
  if (process.env.REFERENT_RESOURCES) candidates.push(process.env.REFERENT_RESOURCES);
  // Defined in the CommonJS bundles; under ESM (tsx, vitest) it is not, and cwd is the project.
  if (typeof __dirname === 'string') candidates.push(join(__dirname, '..', '..', 'resources'), join(__dirname, '..', '..', '..', '..', 'resources'));
  candidates.push(join(process.cwd(), 'resources'));
  return candidates.find((dir) => existsSync(join(dir, 'fonts'))) ?? candidates.at(-1)!;
}
