// Type-checks each zone with its own tsconfig (so the renderer cannot see Node's types and the
// core cannot see the DOM), then everything together with the tests.
import { execFileSync } from 'node:child_process';

const projects = ['tsconfig.shared.json', 'tsconfig.core.json', 'tsconfig.renderer.json', 'tsconfig.electron.json', 'tsconfig.json'];
for (const p of projects) {
  process.stdout.write(`tsc -p ${p}\n`);
  execFileSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', p], { stdio: 'inherit' });
}
