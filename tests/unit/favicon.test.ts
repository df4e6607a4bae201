// The app's icon is public/favicon.png, made by scripts/build-favicon.mjs (a PNG, not an SVG: see the
// script). The committed file is what the script makes, and it decodes, by a reader written here
// rather than the script's own code, to the three bands on a transparent ground.
import { readFileSync } from 'node:fs';
import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import {
  FAVICON_BANDS,
  FAVICON_MARGIN,
  FAVICON_SIZE,
  faviconPng,
} from '../../scripts/build-favicon.mjs';

const root = new URL('../../', import.meta.url);
const committed = readFileSync(new URL('public/favicon.png', root));

/** The RGBA pixels of an 8-bit RGBA, non-interlaced PNG whose rows all use filter 0. */
function decode(png: Buffer): { width: number; height: number; pixels: Buffer } {
  expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  let offset = 8;
  let width = 0;
  let height = 0;
  const data: Buffer[] = [];
  while (offset < png.length) {
    const length = png.readUInt32BE(offset);
    const type = png.toString('ascii', offset + 4, offset + 8);
    const body = png.subarray(offset + 8, offset + 8 + length);
    if (type === 'IHDR') {
      width = body.readUInt32BE(0);
      height = body.readUInt32BE(4);
      expect([...body.subarray(8)]).toEqual([8, 6, 0, 0, 0]);
    }
    if (type === 'IDAT') data.push(body);
    offset += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(data));
  const stride = width * 4 + 1;
  const pixels = Buffer.alloc(width * height * 4);
  for (let y = 0; y < height; y += 1) {
    expect(raw[y * stride]).toBe(0);
    raw.copy(pixels, y * width * 4, y * stride + 1, (y + 1) * stride);
  }
  return { width, height, pixels };
}

describe('the app icon', () => {
  it('is the file scripts/build-favicon.mjs makes (run it after changing the icon)', () => {
    expect(committed.equals(faviconPng())).toBe(true);
  });

  it('shows three bands, each one colour, with a transparent margin around them', () => {
    const { width, height, pixels } = decode(committed);
    expect([width, height]).toEqual([FAVICON_SIZE, FAVICON_SIZE]);
    const at = (x: number, y: number) => [
      ...pixels.subarray((y * width + x) * 4, (y * width + x + 1) * 4),
    ];
    for (const [top, rows, colour] of FAVICON_BANDS) {
      for (const y of [top, top + rows - 1]) {
        const [first, last] = [FAVICON_MARGIN, width - 1 - FAVICON_MARGIN];
        expect(at(first, y)).toEqual([...colour, 255]);
        expect(at(last, y)).toEqual([...colour, 255]);
        expect(at(first - 1, y)[3]).toBe(0);
        expect(at(last + 1, y)[3]).toBe(0);
      }
      expect(at(width / 2, top - 1)[3]).toBe(0);
    }
  });

  it('is the icon index.html links, as a PNG', () => {
    const html = readFileSync(new URL('index.html', root), 'utf8');
    expect(html).toContain(
      '<link rel="icon" href="./favicon.png" type="image/png" sizes="32x32" />',
    );
    expect(html).not.toContain('favicon.svg');
  });
});
