// Serves the production build the way it is meant to be hosted (docs/hosting.md): the security
// headers of security-headers.mjs on every response, exact MIME types (nosniff forbids guessing),
// long caching only for content-hashed files, gzip for text, nothing outside the build folder.
// Usage: node scripts/serve.mjs [folder]   (folder defaults to dist/; PORT and HOST from the env)
import { createReadStream, existsSync } from 'node:fs';
import { realpath, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { dirname, extname, join, relative, resolve, sep } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { fileURLToPath } from 'node:url';
import { createGzip } from 'node:zlib';
import { SECURITY_HEADERS } from '../security-headers.mjs';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.ttf': 'font/ttf',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
};

// Text, plus TrueType (uncompressed tables: the PDF fonts shrink by ~40%). woff2 and images are
// compressed already.
const COMPRESSIBLE = new Set([
  '.html',
  '.js',
  '.mjs',
  '.css',
  '.svg',
  '.json',
  '.map',
  '.webmanifest',
  '.txt',
  '.ttf',
]);

// Vite puts a content hash in every file name under assets/, so those never change; everything else
// (index.html, sw.js, fonts, the schema) keeps its name across builds and must be revalidated.
const IMMUTABLE = 'public, max-age=31536000, immutable';

const BAD_REQUEST = Symbol('bad request');

function isInside(root, path) {
  return path === root || path.startsWith(root + sep);
}

/** The file a request path names, `BAD_REQUEST` for a path that tries to leave the root, or null. */
async function locate(root, rawUrl) {
  let pathname;
  try {
    pathname = decodeURIComponent(new URL(rawUrl, 'http://localhost').pathname);
  } catch {
    return BAD_REQUEST;
  }
  const name = pathname === '/' ? 'index.html' : pathname.slice(1);
  const parts = name.split('/');
  // The URL parser already folds literal dot segments; these come from encoded slashes (%2F).
  if (name.includes('\0') || parts.some((part) => part === '..' || part === '.'))
    return BAD_REQUEST;
  if (!isInside(root, resolve(root, name))) return BAD_REQUEST;
  if (parts.some((part) => part.startsWith('.'))) return null;
  let real;
  try {
    real = await realpath(resolve(root, name));
  } catch {
    return null;
  }
  // A symbolic link inside the build must not lead outside it either.
  if (!isInside(root, real)) return BAD_REQUEST;
  const info = await stat(real);
  return info.isFile()
    ? { path: real, name: relative(root, real).split(sep).join('/'), info }
    : null;
}

function acceptsGzip(header = '') {
  return header.split(',').some((entry) => {
    const [coding, ...params] = entry.trim().toLowerCase().split(';');
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    return (coding === 'gzip' || coding === '*') && (q === undefined || Number(q.slice(2)) > 0);
  });
}

function sendStatus(response, status, text, extra = {}) {
  const body = `${text}\n`;
  response.writeHead(status, {
    ...SECURITY_HEADERS,
    'Content-Type': 'text/plain; charset=utf-8',
    'Content-Length': Buffer.byteLength(body),
    'Cache-Control': 'no-store',
    ...extra,
  });
  response.end(body);
}

async function handle(root, request, response) {
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    return sendStatus(response, 405, 'Method not allowed', { Allow: 'GET, HEAD' });
  }
  const file = await locate(root, request.url ?? '/');
  if (file === BAD_REQUEST) return sendStatus(response, 400, 'Bad request');
  if (!file) return sendStatus(response, 404, 'Not found');
  const type = extname(file.name).toLowerCase();
  const etag = `W/"${file.info.size.toString(16)}-${Math.floor(file.info.mtimeMs).toString(16)}"`;
  const headers = {
    ...SECURITY_HEADERS,
    'Content-Type': TYPES[type] ?? 'application/octet-stream',
    'Cache-Control': file.name.startsWith('assets/') ? IMMUTABLE : 'no-cache',
    ETag: etag,
    'Last-Modified': file.info.mtime.toUTCString(),
  };
  if (COMPRESSIBLE.has(type)) headers.Vary = 'Accept-Encoding';
  if (request.headers['if-none-match'] === etag) {
    response.writeHead(304, headers);
    return response.end();
  }
  const gzip = COMPRESSIBLE.has(type) && acceptsGzip(request.headers['accept-encoding']);
  if (gzip) headers['Content-Encoding'] = 'gzip';
  else headers['Content-Length'] = file.info.size;
  response.writeHead(200, headers);
  if (request.method === 'HEAD') return response.end();
  const source = createReadStream(file.path);
  await (gzip ? pipeline(source, createGzip(), response) : pipeline(source, response));
}

function fail(message) {
  console.error(`serve: ${message}`);
  process.exit(1);
}

const here = dirname(fileURLToPath(import.meta.url));
const folder = resolve(process.argv[2] ?? join(here, '..', 'dist'));
const port = Number(process.env.PORT ?? 4173);
const host = process.env.HOST ?? '127.0.0.1';
if (!Number.isInteger(port) || port < 0 || port > 65535) fail(`PORT must be 0-65535, not ${port}`);
if (!existsSync(join(folder, 'index.html'))) {
  fail(`${folder} has no index.html: build the app first (npx vite build)`);
}
const root = await realpath(folder);

const server = createServer((request, response) => {
  handle(root, request, response).catch(() => {
    // A client that hangs up mid-download lands here too; only an unanswered request needs a reply.
    if (!response.headersSent) sendStatus(response, 500, 'Internal server error');
    else response.destroy();
  });
});
server.on('error', (error) => fail(error.message));
server.listen(port, host, () => {
  const address = server.address();
  const shown = host.includes(':') ? `[${host}]` : host;
  // One line on stdout, read by tests that start the server on port 0.
  console.log(`Serving ${root} at http://${shown}:${address.port}/`);
});
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    server.closeAllConnections();
    server.close(() => process.exit(0));
  });
}
