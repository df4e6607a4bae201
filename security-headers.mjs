/**
 * The response headers the built app is meant to be served with (quality.md): a strict Content
 * Security Policy (no inline script, no eval, nothing from other origins), no framing, no MIME
 * sniffing, no referrer. Plain JavaScript so that both `vite.config.ts` (for `vite preview`) and the
 * Node server `scripts/serve.mjs` import the one table; docs/hosting.md repeats it for nginx.
 */
export const SECURITY_HEADERS = Object.freeze({
  'Content-Security-Policy': [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "worker-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; '),
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
});
