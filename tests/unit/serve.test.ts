// scripts/serve.mjs as a black box: started like `npm run serve` (port 0 picks a free one, printed on
// stdout) against a temporary build folder, with a secret file next to the folder that no request
// may reach.
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { type IncomingHttpHeaders, request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SECURITY_HEADERS } from '../../security-headers.mjs';

const script = fileURLToPath(new URL('../../scripts/serve.mjs', import.meta.url));
const SECRET = 'do-not-serve-this';
const FILES: Record<string, string> = {
  'index.html': '<!doctype html><title>app</title>',
  'sw.js': 'self.addEventListener("fetch", () => {});',
  'favicon.svg': '<svg xmlns="http://www.w3.org/2000/svg"></svg>',
  'workspace.schema.json': '{"type":"object"}',
  'app.webmanifest': '{"name":"app"}',
  'assets/index-AbC123.js': `export const text = '${'x'.repeat(2000)}';`,
  'assets/index-AbC123.js.map': '{"version":3}',
  'assets/index-DeF456.css': 'body { margin: 0; }',
  'fonts/base.ttf': '\u0000\u0001\u0000\u0000 font',
  'fonts/base.woff2': 'wOF2 font',
};

let parent: string;
let server: ChildProcess;
let port: number;

interface Reply {
  status: number;
  headers: IncomingHttpHeaders;
  body: string;
}

/** A raw request: the path is sent as written (no URL normalising) and the body is not decoded. */
function get(path: string, headers: Record<string, string> = {}, method = 'GET'): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => {
        const raw = Buffer.concat(chunks);
        const gzipped = res.headers['content-encoding'] === 'gzip';
        const body = (gzipped ? gunzipSync(raw) : raw).toString('utf8');
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body });
      });
    });
    req.on('error', reject);
    req.end();
  });
}

beforeAll(async () => {
  parent = mkdtempSync(join(tmpdir(), 'serve-test-'));
  const root = join(parent, 'site');
  for (const [name, text] of Object.entries(FILES)) {
    mkdirSync(join(root, name, '..'), { recursive: true });
    writeFileSync(join(root, name), text);
  }
  writeFileSync(join(parent, 'secret.txt'), SECRET);
  writeFileSync(join(root, '.env'), SECRET);
  symlinkSync(join(parent, 'secret.txt'), join(root, 'linked.txt'));
  server = spawn(process.execPath, [script, root], { env: { ...process.env, PORT: '0' } });
  port = await new Promise<number>((resolve, reject) => {
    let out = '';
    server.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = /http:\/\/127\.0\.0\.1:(\d+)\//.exec(out);
      if (match) resolve(Number(match[1]));
    });
    server.on('exit', (code) => reject(new Error(`serve.mjs exited with ${code}`)));
  });
});

afterAll(() => {
  server.kill();
  rmSync(parent, { recursive: true, force: true });
});

describe('serve.mjs', () => {
  it.each(['/', '/assets/index-AbC123.js', '/missing.js'])(
    'sends the security headers on %s',
    async (path) => {
      const { headers } = await get(path);
      for (const [name, value] of Object.entries(SECURITY_HEADERS)) {
        expect(headers[name.toLowerCase()]).toBe(value);
      }
    },
  );

  it.each([
    ['/', 'text/html; charset=utf-8'],
    ['/sw.js', 'text/javascript; charset=utf-8'],
    ['/assets/index-AbC123.js', 'text/javascript; charset=utf-8'],
    ['/assets/index-DeF456.css', 'text/css; charset=utf-8'],
    ['/favicon.svg', 'image/svg+xml'],
    ['/workspace.schema.json', 'application/json; charset=utf-8'],
    ['/app.webmanifest', 'application/manifest+json; charset=utf-8'],
    ['/assets/index-AbC123.js.map', 'application/json; charset=utf-8'],
    ['/fonts/base.ttf', 'font/ttf'],
    ['/fonts/base.woff2', 'font/woff2'],
  ])('serves %s as %s', async (path, type) => {
    const reply = await get(path);
    expect(reply.status).toBe(200);
    expect(reply.headers['content-type']).toBe(type);
  });

  it('serves index.html for the folder itself', async () => {
    expect((await get('/')).body).toBe(FILES['index.html']);
  });

  it.each([
    ['/', 'no-cache'],
    ['/index.html', 'no-cache'],
    ['/sw.js', 'no-cache'],
    ['/fonts/base.ttf', 'no-cache'],
    ['/assets/index-AbC123.js', 'public, max-age=31536000, immutable'],
    ['/assets/index-DeF456.css', 'public, max-age=31536000, immutable'],
  ])('sends %s with Cache-Control %s', async (path, cacheControl) => {
    expect((await get(path)).headers['cache-control']).toBe(cacheControl);
  });

  it('gzips text when the client accepts it, and only then', async () => {
    const path = '/assets/index-AbC123.js';
    const zipped = await get(path, { 'Accept-Encoding': 'gzip, deflate' });
    expect(zipped.headers['content-encoding']).toBe('gzip');
    expect(zipped.headers.vary).toBe('Accept-Encoding');
    expect(zipped.body).toBe(FILES['assets/index-AbC123.js']);
    const plain = await get(path, { 'Accept-Encoding': 'gzip;q=0' });
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.headers['content-length']).toBe(String(plain.body.length));
    expect(plain.body).toBe(FILES['assets/index-AbC123.js']);
  });

  it('does not gzip formats that are compressed already', async () => {
    const reply = await get('/fonts/base.woff2', { 'Accept-Encoding': 'gzip' });
    expect(reply.headers['content-encoding']).toBeUndefined();
  });

  it.each(['/missing.js', '/assets/', '/assets', '/fonts/'])(
    'answers 404 for %s, with no listing',
    async (path) => {
      const reply = await get(path);
      expect(reply.status).toBe(404);
      expect(reply.body).not.toContain('index-AbC123');
    },
  );

  // Literal dot segments are folded by URL parsing before the server sees the path (so they stay in
  // the folder and miss); encoded ones and links are refused outright.
  it.each([
    ['/../secret.txt', 404],
    ['/assets/../../secret.txt', 404],
    ['/%2e%2e/secret.txt', 404],
    ['/..%2fsecret.txt', 400],
    ['/assets%2F..%2F..%2Fsecret.txt', 400],
    ['/linked.txt', 400],
    ['/.env', 404],
    ['/index.html%00.js', 400],
  ])('refuses %s (%i) without revealing anything outside the folder', async (path, status) => {
    const reply = await get(path);
    expect(reply.status).toBe(status);
    expect(reply.body).not.toContain(SECRET);
  });

  it('refuses an absolute path smuggled in with encoded slashes', async () => {
    const reply = await get(`/${encodeURIComponent(join(parent, 'secret.txt'))}`);
    expect(reply.status).toBe(400);
    expect(reply.body).not.toContain(SECRET);
  });

  it('refuses methods other than GET and HEAD', async () => {
    const reply = await get('/', {}, 'POST');
    expect(reply.status).toBe(405);
    expect(reply.headers.allow).toBe('GET, HEAD');
  });

  it('answers HEAD with the headers of GET and no body', async () => {
    const reply = await get('/assets/index-DeF456.css', {}, 'HEAD');
    expect(reply.status).toBe(200);
    expect(reply.headers['content-type']).toBe('text/css; charset=utf-8');
    expect(reply.body).toBe('');
  });
});
