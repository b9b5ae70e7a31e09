/**
 * `npm run bench`: every benchmark, figures printed and written as JSON under
 * tests/bench/results/. Each compares against a floor measured in the same run, because this
 * machine is shared and noisy: report the ratio, never assert on time.
 */
import { storeBench } from './storeBench';
import { exportBench } from './exportBench';
import { uiBench } from './uiBench';
import { signBench } from './signBench';
import { syncBench } from './syncBench';

const benches: Record<string, () => Promise<void>> = { store: storeBench, ui: uiBench, export: exportBench, sign: signBench, sync: syncBench };
const only = process.argv.slice(2);
for (const [name, bench] of Object.entries(benches)) {
  if (only.length && !only.includes(name)) continue;
  await bench();
}
