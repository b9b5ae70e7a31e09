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

// Each answer says how long the call took here (the pool grows for a slow drive).
parentPort.on('message', (m) => {
  const t0 = performance.now();
  const answer = (reply, transfer) => parentPort.postMessage({ id: m.id, ms: performance.now() - t0, ...reply }, transfer);
  try {
    if (m.op === 'write') {
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
