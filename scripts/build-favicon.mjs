// Writes public/favicon.png: the app's icon, three bands (the cloud's layers), 32 x 32 pixels.
//
// Why a PNG and not an SVG: the browser decodes the page's icon in the page's own process while the
// first screen is being painted, and an SVG icon is a whole document to build (about 6 ms of the
// main thread on this machine, next to the first frame); a PNG of three colours decodes in well
// under one. The icon is drawn here from its three bands, so there is no image tool to install.
//
//   node scripts/build-favicon.mjs        (tests/unit/favicon.test.ts checks the file is current)
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { crc32, deflateSync } from 'node:zlib';

export const FAVICON_SIZE = 32;

/** The bands, top to bottom: [first row, rows, colour]; everything else is transparent. */
export const FAVICON_BANDS = [
  [6, 6, [0x8f, 0xc1, 0xe3]],
  [14, 6, [0x2f, 0x6f, 0x9f]],
  [22, 6, [0x1e, 0x3a, 0x5f]],
];
/** Transparent columns left and right of the bands. */
export const FAVICON_MARGIN = 3;

/** The icon's pixels, RGBA, row by row. */
export function faviconPixels() {
  const pixels = Buffer.alloc(FAVICON_SIZE * FAVICON_SIZE * 4);
  for (const [top, rows, [r, g, b]] of FAVICON_BANDS) {
    for (let y = top; y < top + rows; y += 1) {
      for (let x = FAVICON_MARGIN; x < FAVICON_SIZE - FAVICON_MARGIN; x += 1) {
        pixels.set([r, g, b, 255], (y * FAVICON_SIZE + x) * 4);
      }
    }
  }
  return pixels;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** A PNG file (8-bit RGBA, no interlace) of faviconPixels(). */
export function faviconPng() {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(FAVICON_SIZE, 0);
  header.writeUInt32BE(FAVICON_SIZE, 4);
  header.set([8, 6, 0, 0, 0], 8);
  const pixels = faviconPixels();
  const rowBytes = FAVICON_SIZE * 4;
  // Each row starts with its filter type: 0, none.
  const raw = Buffer.alloc((rowBytes + 1) * FAVICON_SIZE);
  for (let y = 0; y < FAVICON_SIZE; y += 1) {
    pixels.copy(raw, y * (rowBytes + 1) + 1, y * rowBytes, (y + 1) * rowBytes);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const out = fileURLToPath(new URL('../public/favicon.png', import.meta.url));
  writeFileSync(out, faviconPng());
  console.log(`wrote ${out}`);
}
