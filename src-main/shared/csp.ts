/**
 * The Content-Security-Policy sent as a header with the renderer (Electron's app:// protocol and
 * the host alike): only our own files, no inline script, no remote origin, no plugins, no frames.
 * 'wasm-unsafe-eval' lets the spell checker's WebAssembly compile; it allows no JS eval.
 */
export const contentSecurityPolicy = [
  "default-src 'none'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
  "object-src 'none'",
].join('; ');
