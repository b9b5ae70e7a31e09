/// <reference lib="webworker" />
/**
 * Danish spell checking off the main thread: Hunspell compiled to WebAssembly (hunspell-asm) with
 * Stavekontrolden's dictionary. Measured on these machines: loads in ~0.2–0.3 s, accepts
 * compounds ("borgerrådgiveren"), ~40 µs a word. Typing is never blocked by it.
 */
// hunspell-asm's own parts, put together here rather than through its loadModule, so that the
// dictionary can be handed to Emscripten's file system without a copy (see `ready`). The CommonJS
// build: the ES build imports nanoid 2 (a CommonJS function) as a namespace, which a bundler
// cannot call. The `node` runtime path is mapped to the browser build by the package's
// `browser` field.
import { getModuleLoader, type BaseAsmModule } from 'emscripten-wasm-loader';
import { hunspellLoader } from 'hunspell-asm/dist/cjs/hunspellLoader.js';
import runtime from 'hunspell-asm/dist/cjs/lib/node/hunspell.js';
import affUrl from '../../../resources/dictionaries/da_DK.aff?url';
import dicUrl from '../../../resources/dictionaries/da_DK.dic?url';

export type SpellRequest =
  | { type: 'check'; id: number; words: string[] }
  | { type: 'suggest'; id: number; word: string }
  | { type: 'add'; words: string[] };
export type SpellAnswer = { id: number; misspelled?: string[]; suggestions?: string[]; error?: string };

type EmscriptenFs = {
  writeFile(path: string, data: Uint8Array, opts: { encoding: 'binary'; canOwn: boolean }): void;
  unlink(path: string): void;
};

const ready = (async () => {
  const load = getModuleLoader((asm: Required<BaseAsmModule>) => ({ factory: hunspellLoader(asm), fs: asm.FS as unknown as EmscriptenFs }), runtime);
  const [{ factory, fs }, aff, dic] = await Promise.all([load(), fetchBytes(affUrl), fetchBytes(dicUrl)]);
  // `canOwn`: the file system keeps a view of these bytes instead of copying them (3.8 MB).
  fs.writeFile('/da_DK.aff', aff, { encoding: 'binary', canOwn: true });
  fs.writeFile('/da_DK.dic', dic, { encoding: 'binary', canOwn: true });
  const hunspell = factory.create('/da_DK.aff', '/da_DK.dic');
  // Hunspell has read the files into its own tables. The bytes are freed now, not at the
  // worker's next garbage collection: an idle worker may not collect for as long as the meeting
  // stays open (measured: ~10 MB of the renderer held until then). transfer(0) detaches a
  // buffer and releases its memory at once.
  fs.unlink('/da_DK.aff');
  fs.unlink('/da_DK.dic');
  release(aff);
  release(dic);
  return hunspell;
})();

function release(bytes: Uint8Array): void {
  (bytes.buffer as ArrayBuffer & { transfer?: (length: number) => ArrayBuffer }).transfer?.(0);
}

async function fetchBytes(url: string): Promise<Uint8Array> {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`ordbogen kunne ikke hentes (${res.status})`);
  return new Uint8Array(await res.arrayBuffer());
}

self.onmessage = async (e: MessageEvent<SpellRequest>) => {
  const msg = e.data;
  try {
    const h = await ready;
    if (msg.type === 'add') {
      for (const w of msg.words) h.addWord(w);
      return;
    }
    const answer: SpellAnswer =
      msg.type === 'check' ? { id: msg.id, misspelled: msg.words.filter((w) => !h.spell(w)) } : { id: msg.id, suggestions: h.suggest(msg.word).slice(0, 8) };
    self.postMessage(answer);
  } catch (err) {
    if (msg.type !== 'add') self.postMessage({ id: msg.id, error: String(err) } satisfies SpellAnswer);
  }
};
