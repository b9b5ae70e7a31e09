// hunspell-asm's CommonJS files, which its package types only as the package root.
declare module 'hunspell-asm/dist/cjs/hunspellLoader.js' {
  import type { HunspellFactory } from 'hunspell-asm';
  import type { BaseAsmModule } from 'emscripten-wasm-loader';
  export const hunspellLoader: (asmModule: Required<BaseAsmModule>) => HunspellFactory;
}
declare module 'hunspell-asm/dist/cjs/lib/node/hunspell.js' {
  import type { runtimeModuleType } from 'emscripten-wasm-loader';
  const runtime: runtimeModuleType;
  export = runtime;
}
