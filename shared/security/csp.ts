/**
 * The renderer's Content Security Policy, served by both hosts (Electron's
 * protocol handler and the browser host). No inline script, no eval, no
 * remote origins: the app works offline and loads only its own files.
 * Inline styles are allowed because Lexical positions table selections and
 * the editor's caret with style attributes. WebAssembly may be compiled
 * ('wasm-unsafe-eval', not 'unsafe-eval': no string becomes code) for the
 * spelling worker's Hunspell, and workers come only from the app's files.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "worker-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
  "object-src 'none'",
].join('; ');
