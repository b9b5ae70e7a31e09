/**
 * Node does file I/O on libuv's thread pool, four threads by default. A sync's writes go to its
 * file workers (fileWorkers.ts, which grow for a slow drive); the pool still serves the stats
 * and folder listings of every round's look at the drive (1,000 stats in a round with nothing
 * changed), and on a network drive each is a round trip, so more threads overlap more of the
 * waiting. The pool reads the variable once, at its first use, so the entry points (the app's
 * main process, the CLI, the benchmark script) set it before anything else.
 */
export const SYNC_THREADPOOL_SIZE = '16';

export function widenThreadPool(env: NodeJS.ProcessEnv = process.env): void {
  env.UV_THREADPOOL_SIZE ??= SYNC_THREADPOOL_SIZE;
}
