/**
 * Node does file I/O on libuv's thread pool, four threads by default. Sync writes many small files
 * to a drive whose every round trip (fsync, rename, read-back) is slow, so more threads overlap
 * more of the waiting: measured here, a first sync of 1,000 meetings with their PDFs took 5.6 s
 * with 4 and 3.9 s with 16. The pool reads the variable once, at its first use, so the entry
 * points (the app's main process, the CLI, the benchmark script) set it before anything else.
 */
export const SYNC_THREADPOOL_SIZE = '16';

export function widenThreadPool(env: NodeJS.ProcessEnv = process.env): void {
  env.UV_THREADPOOL_SIZE ??= SYNC_THREADPOOL_SIZE;
}
