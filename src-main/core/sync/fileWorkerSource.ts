/**
 * The file worker's code (see fileWorkers), as plain JavaScript run with `eval: true`: no file to
 * find next to the bundle, so it runs the same under Electron, the CLI, tsx and the tests. Only
 * synchronous calls, one message in, one out; an error goes back with its code, so the engine
 * reads ENOSPC, EACCES, ENOENT… as it does from node:fs.
 */
export const FILE_WORKER_SOURCE = String.raw`
const { parentPort } = require('node:worker_threads');
const fs = require('node:fs');

function closeAfter(fd, work) {
  let result;
  try {
    result = work();
  } catch (error) {
    try { fs.closeSync(fd); } catch {}
    throw error;
  }
  fs.closeSync(fd);
  return result;
}

function write(path, bytes) {
  const fd = fs.openSync(path, 'wx', 0o644);
  return closeAfter(fd, () => {
    for (let at = 0; at < bytes.length; ) at += fs.writeSync(fd, bytes, at, bytes.length - at);
    fs.fsyncSync(fd);
    const s = fs.fstatSync(fd);
    return { size: s.size, mtimeMs: s.mtimeMs, ino: s.ino };
  });
}

const spare = new Uint8Array(64 * 1024);

/**
 * Into a buffer of its own (transferred to the main thread), or a shared one (handed on to
 * another worker's write without a copy); to the end also when the file grew meanwhile.
 */
function read(path, shared) {
  const fd = fs.openSync(path, 'r');
  return closeAfter(fd, () => {
    const size = fs.fstatSync(fd).size;
    // A buffer of its own, not zero-filled first: it is read into at once.
    const first = shared ? new Uint8Array(new SharedArrayBuffer(size)) : Buffer.allocUnsafeSlow(size);
    let length = 0;
    while (length < first.length) {
      const n = fs.readSync(fd, first, length, first.length - length, null);
      if (n === 0) return first.slice(0, length);
      length += n;
    }
    const more = [];
    for (;;) {
      const n = fs.readSync(fd, spare, 0, spare.length, null);
      if (n === 0) break;
      more.push(spare.slice(0, n));
    }
    if (more.length === 0) return first;
    const all = new Uint8Array(length + more.reduce((sum, c) => sum + c.length, 0));
    all.set(first);
    let at = length;
    for (const c of more) {
      all.set(c, at);
      at += c.length;
    }
    return all;
  });
}

/** Two buffers kept for the whole write (the source, the read-back): reused, so 1,000 PDFs do not fault in fresh pages twice each. */
const held = [Buffer.alloc(0), Buffer.alloc(0)];
/** A buffer grown past this (a big attachment) is let go after its write instead of held. */
const HOLD_MAX = 8 * 1024 * 1024;

/** The whole file, in held buffer number "slot" (grown when it is too small): valid until the next call that uses the slot. */
function readHeld(slot, path) {
  const fd = fs.openSync(path, 'r');
  return closeAfter(fd, () => {
    let length = 0;
    for (;;) {
      let buffer = held[slot];
      if (length === buffer.length) {
        const grown = Buffer.allocUnsafeSlow(Math.max(64 * 1024, fs.fstatSync(fd).size + 1, buffer.length * 2));
        buffer.copy(grown, 0, 0, length);
        held[slot] = buffer = grown;
      }
      const n = fs.readSync(fd, buffer, length, buffer.length - length, null);
      if (n === 0) return buffer.subarray(0, length);
      length += n;
    }
  });
}

const pause = new Int32Array(new SharedArrayBuffer(4));
/** Time this call spent pausing between renames: not the drive's slowness, so not in the time it reports. */
let paused = 0;

/**
 * The whole atomic write of one file, as folderTarget does it step by step: the bytes (given, or
 * read from a file in the data folder: a PDF never passes through the main thread) into the new
 * temp file, fsync, rename over the final name (retried with a doubling pause on the codes the
 * message names: EPERM, EBUSY, EACCES, as Windows gives while a scanner holds the file), then
 * read back and compared byte for byte. A failed write or rename removes the temp file; a
 * read-back that differs is EIO.
 */
function writeAtomic(m) {
  try {
    return writeAndCheck(m);
  } finally {
    for (let slot = 0; slot < held.length; slot++) if (held[slot].length > HOLD_MAX) held[slot] = Buffer.alloc(0);
  }
}

function writeAndCheck(m) {
  let bytes = m.bytes;
  if (m.from) {
    try {
      bytes = readHeld(0, m.from);
    } catch (e) {
      // The data folder's file, not the drive: told apart by the caller (not a drive problem).
      e.syscall = 'read-source';
      throw e;
    }
  }
  let stat;
  try {
    stat = write(m.temp, bytes);
    for (let i = 1; ; i++) {
      try {
        fs.renameSync(m.temp, m.path);
        break;
      } catch (e) {
        if (!m.retryOn.includes(e && e.code) || i >= m.attempts) throw e;
        const t = performance.now();
        Atomics.wait(pause, 0, 0, m.delayMs * 2 ** (i - 1));
        paused += performance.now() - t;
      }
    }
  } catch (e) {
    try { fs.unlinkSync(m.temp); } catch {}
    throw e;
  }
  const back = readHeld(1, m.path);
  if (!back.equals(bytes)) throw Object.assign(new Error('EIO: read back differs'), { code: 'EIO', syscall: 'read-back', path: m.path });
  return stat;
}

// Each answer says how long the call took here (the pool grows for a slow drive).
parentPort.on('message', (m) => {
  const t0 = performance.now();
  paused = 0;
  const answer = (reply, transfer) => parentPort.postMessage({ id: m.id, ms: performance.now() - t0 - paused, ...reply }, transfer);
  try {
    if (m.op === 'writeAtomic') {
      answer({ stat: writeAtomic(m) });
    } else if (m.op === 'write') {
      answer({ stat: write(m.path, m.bytes) });
    } else if (m.op === 'rename') {
      fs.renameSync(m.path, m.to);
      answer({});
    } else if (m.op === 'mkdir') {
      fs.mkdirSync(m.path);
      answer({});
    } else {
      const bytes = read(m.path, m.shared);
      answer({ bytes }, bytes.buffer instanceof ArrayBuffer ? [bytes.buffer] : []);
    }
  } catch (e) {
    answer({ error: { message: String(e && e.message), code: e && e.code, errno: e && e.errno, syscall: e && e.syscall, path: e && e.path } });
  }
});
`;
