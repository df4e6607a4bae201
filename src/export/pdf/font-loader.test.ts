import { afterEach, describe, expect, it, vi } from 'vitest';
import { createFetchFontLoader, isSfnt, parseFontManifest } from './font-loader';

const entry = { file: 'noto-sans-sc-base.ttf', bytes: 4, hash: 'abc123', codePoints: '20-7e' };

describe('parseFontManifest', () => {
  it('accepts the manifest the build script writes', () => {
    expect(parseFontManifest({ source: 's', licence: 'OFL.txt', files: [entry] }).files).toEqual([
      entry,
    ]);
  });

  it.each([
    ['no files', { files: [] }],
    ['not an object', 'fonts'],
    ['a path out of the folder', { files: [{ ...entry, file: '../secret.ttf' }] }],
    ['another origin', { files: [{ ...entry, file: 'https://cdn.example/x.ttf' }] }],
    ['a web font', { files: [{ ...entry, file: 'x.woff2' }] }],
    ['a bad hash', { files: [{ ...entry, hash: 'x/y' }] }],
  ])('refuses %s', (_name, value) => {
    expect(() => parseFontManifest(value)).toThrow(/pdf-fonts\.json/);
  });
});

describe('isSfnt', () => {
  it.each([
    [[0, 1, 0, 0], true],
    [Array.from('OTTO', (c) => c.charCodeAt(0)), true],
    [Array.from('<!do', (c) => c.charCodeAt(0)), false],
    [Array.from('wOF2', (c) => c.charCodeAt(0)), false],
  ])('tells %j: %s', (bytes, expected) => {
    expect(isSfnt(new Uint8Array(bytes))).toBe(expected);
  });
});

describe('createFetchFontLoader', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('fetches from the app folder under a sub-path, with the hash against stale caches', async () => {
    const fetch = vi.fn(async (url: URL) =>
      url.pathname.endsWith('.json')
        ? new Response(JSON.stringify({ files: [entry] }))
        : new Response(new Uint8Array([0, 1, 0, 0])),
    );
    vi.stubGlobal('fetch', fetch);
    const loader = createFetchFontLoader('https://intranet.example/tools/srw/index.html?lang=en');
    await loader.loadFont((await loader.loadManifest()).files[0] ?? entry);
    expect(fetch.mock.calls.map(([url]) => String(url))).toEqual([
      'https://intranet.example/tools/srw/fonts/pdf-fonts.json',
      'https://intranet.example/tools/srw/fonts/noto-sans-sc-base.ttf?v=abc123',
    ]);
  });

  it('refuses an HTML page served in place of a font', async () => {
    vi.stubGlobal('fetch', async () => new Response('<!doctype html>'));
    const loader = createFetchFontLoader('https://intranet.example/');
    await expect(loader.loadFont(entry)).rejects.toThrow(/not a TrueType/);
  });

  it('says which file failed to load', async () => {
    vi.stubGlobal('fetch', async () => new Response('', { status: 404 }));
    const loader = createFetchFontLoader('https://intranet.example/');
    await expect(loader.loadManifest()).rejects.toThrow(/fonts\/pdf-fonts\.json \(HTTP 404\)/);
  });
});
