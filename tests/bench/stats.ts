import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i]!;
}

export interface Summary {
  n: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  mean: number;
}

export function summarise(samples: number[]): Summary {
  const s = [...samples].sort((a, b) => a - b);
  const round = (x: number) => Math.round(x * 1000) / 1000;
  return {
    n: s.length,
    p50: round(percentile(s, 50)),
    p95: round(percentile(s, 95)),
    p99: round(percentile(s, 99)),
    max: round(s.at(-1) ?? NaN),
    mean: round(s.reduce((a, b) => a + b, 0) / (s.length || 1)),
  };
}

export const median = (xs: number[]) => percentile([...xs].sort((a, b) => a - b), 50);

/** Prints a result and writes it as JSON under tests/bench/results/. */
export function report(name: string, result: Record<string, unknown>): void {
  const dir = join(process.cwd(), 'tests', 'bench', 'results');
  mkdirSync(dir, { recursive: true });
  const record = { name, at: new Date().toISOString(), node: process.version, ...result };
  writeFileSync(join(dir, `${name}.json`), `${JSON.stringify(record, null, 2)}\n`);
  console.log(`\n== ${name}`);
  console.log(JSON.stringify(result, null, 2));
}
