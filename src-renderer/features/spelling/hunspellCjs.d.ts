declare module 'hunspell-asm/dist/cjs/index.js' {
  export { loadModule } from 'hunspell-asm';
}
