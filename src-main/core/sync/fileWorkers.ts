/**
 * The file calls of a sync that take several steps, done in worker threads with synchronous
 * calls: creating a file (open, write, fsync, stat, close) and reading one (open, stat, read,
 * close). Through the libuv pool each step is a round trip through the main thread, which the UI
 * shares and which a round keeps busy with its meetings: a first sync of 1,000 meetings made
 * ~21,000 of them, and every step waited for the main thread to come round. Here each call is
 * one message, and the steps follow each other in the worker. The app's writes go further: each
 * file's whole atomic write (the PDF's bytes read from the data folder, temp file, fsync, rename,
 * read back, compare) is one message (`writeAtomic`), so the PDFs never pass through the main thread.
 *
 * The workers start at the first call and stay for the process (a few MB each); they are unref'd
 * while idle, so they never keep a CLI run alive, and ref'd while a call is out, so a run never
 * ends with a call still waiting. A worker that dies fails the calls it had; the next call starts
 * a new one.
 */
import { Worker } from 'node:worker_threads';
import { FILE_WORKER_SOURCE } from './fileWorkerSource';

/**
 * Three threads keep a local disk busy from a 2-core laptop (measured: 2 to 4 alike, 6 slower:
 * the threads then take CPU from the main thread). A network drive answers each call in
 * milliseconds while the threads only wait, so when the calls take long and every thread has
 * more waiting, another thread starts, up to sixteen (what the libuv pool had for this).
 */
const MIN_WORKERS = 3;
export const MAX_WORKERS = 16;
/** Time in the worker per drive step (moving average) from which the drive counts as slow. */
const SLOW_CALL_MS = 4;
let callMs = 0;
/**
 * The drive's steps in one call: a whole atomic write is three (create the file with its bytes
 * and fsync, rename, read back), so its time is not taken for a slow drive's single step.
 */
const STEPS: Record<string, number> = { writeAtomic: 3 };

export interface WrittenStat {
  size: number;
  mtimeMs: number;
  ino: number;
}

interface Call {
  steps: number;
  resolve(value: unknown): void;
  reject(error: unknown): void;
  lane: Lane;
}

interface Lane {
  worker: Worker;
  out: number;
}

type Reply = { id: number; ms: number; error?: { message: string; code?: string; errno?: number; syscall?: string; path?: string }; stat?: WrittenStat; bytes?: Uint8Array };

let lanes: Lane[] = [];
const calls = new Map<number, Call>();
let nextId = 0;

function startLane(): Lane {
  const worker = new Worker(FILE_WORKER_SOURCE, { eval: true });
  const lane: Lane = { worker, out: 0 };
  worker.on('message', (reply: Reply) => {
    const call = calls.get(reply.id);
    if (!call) return;
    calls.delete(reply.id);
    callMs += (reply.ms / call.steps - callMs) / 16;
    if (--lane.out === 0) worker.unref();
    if (reply.error) call.reject(Object.assign(new Error(reply.error.message), reply.error));
    else if (reply.bytes) call.resolve(Buffer.from(reply.bytes.buffer, reply.bytes.byteOffset, reply.bytes.byteLength));
    else call.resolve(reply.stat);
  });
  const fail = (error: Error) => {
    lanes = lanes.filter((l) => l !== lane);
    for (const [id, call] of calls) {
      if (call.lane !== lane) continue;
      calls.delete(id);
      call.reject(error);
    }
  };
  worker.on('error', fail);
  worker.on('exit', (code) => fail(new Error(`the file worker stopped (exit code ${code})`)));
  // After the listeners: adding a 'message' listener refs the worker's port again.
  worker.unref();
  return lane;
}

function send<T>(message: Record<string, unknown>, transfer?: ArrayBuffer[]): Promise<T> {
  while (lanes.length < MIN_WORKERS) lanes.push(startLane());
  let lane = lanes.reduce((a, b) => (b.out < a.out ? b : a));
  if (lane.out >= 2 && callMs >= SLOW_CALL_MS && lanes.length < MAX_WORKERS) lanes.push((lane = startLane()));
  const id = ++nextId;
  return new Promise<T>((resolve, reject) => {
    calls.set(id, { steps: STEPS[message.op as string] ?? 1, resolve: resolve as (v: unknown) => void, reject, lane });
    if (lane.out++ === 0) lane.worker.ref();
    lane.worker.postMessage({ ...message, id }, transfer);
  });
}

/** Creates `path` (never over an existing file), writes `bytes`, fsyncs, closes; answers the stat taken through the open file. */
export function writeNewFile(path: string, bytes: Uint8Array): Promise<WrittenStat> {
  return send({ op: 'write', path, bytes: alone(bytes) });
}

/** The errors a rename is tried again on: Windows gives them while a virus scanner or the indexer holds the file. */
export const RENAME_RETRIED_CODES: readonly string[] = ['EPERM', 'EBUSY', 'EACCES'];

export interface AtomicWrite {
  /** The temp file (created, never over an existing one) and the final name it is renamed to. */
  temp: string;
  path: string;
  /** The bytes, or a file (in the data folder) to copy: its bytes then never pass through the main thread. */
  content: Uint8Array | { file: string };
  /** Attempts of the rename on EPERM/EBUSY/EACCES, and the first pause between them (doubling). */
  attempts: number;
  delayMs: number;
}

/**
 * The whole atomic write in one call (see the worker's writeAtomic): the temp file written and
 * synced, renamed into place, read back and compared. One message instead of four (read the
 * source, write, rename, read back), and the PDFs' bytes stay in the worker. Answers the stat
 * taken through the open temp file (a rename keeps size, time and inode).
 */
export function writeAtomic({ temp, path, content, attempts, delayMs }: AtomicWrite): Promise<WrittenStat> {
  const source = content instanceof Uint8Array ? { bytes: alone(content) } : { from: content.file };
  return send({ op: 'writeAtomic', temp, path, ...source, attempts, delayMs, retryOn: RENAME_RETRIED_CODES });
}

/** A message carries a view's whole buffer: a small view into a big one (Node's pool) goes alone. */
function alone(bytes: Uint8Array): Uint8Array {
  return bytes.buffer instanceof SharedArrayBuffer || bytes.byteLength === bytes.buffer.byteLength ? bytes : Uint8Array.prototype.slice.call(bytes);
}

/**
 * A rename and a mkdir are one step each, but go here too: waking a libuv thread from the main
 * thread measured ~3× the cost of a message to a worker that is awake anyway.
 */
export function rename(from: string, to: string): Promise<void> {
  return send({ op: 'rename', path: from, to });
}

/** One folder, not recursive. */
export function mkdir(path: string): Promise<void> {
  return send({ op: 'mkdir', path });
}

/** How many file workers run now (for tests). */
export const workerCount = () => lanes.length;

/** The file's bytes; `shared`: in shared memory, for bytes that only go on to `writeNewFile` (no copy either way). */
export function readFile(path: string, { shared = false } = {}): Promise<Uint8Array> {
  return send({ op: 'read', path, shared });
}
