// First-load JavaScript: what index.html makes the browser fetch on a first visit (its scripts,
// classic or module, and modulepreload links, or the <meta> tags public/first-screen.js loads the
// app from after first paint, plus anything those import statically), gzip-compressed with
// node:zlib at its default level 6. Lazily imported chunks (import("./x.js")) are not counted.
import { readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

const SCRIPT = /<script\b[^>]*\bsrc=["']([^"']+)["']/g;
const PRELOAD = /<link\b[^>]*\brel=["']modulepreload["'][^>]*\bhref=["']([^"']+)["']/g;
const NAMED = /<meta\b[^>]*\bname=["']app-module(?:-preload)?["'][^>]*\bcontent=["']([^"']+)["']/g;
// Static imports of a built chunk: `import{a as b}from"./x.js"` and `import"./x.js"`.
const STATIC_IMPORT = /\bimport\s*(?:[\w$*{}\s,]+from\s*)?["'](\.\.?\/[^"'\s]+\.js)["']/g;

function matches(text, pattern) {
  return [...text.matchAll(pattern)].map((m) => m[1]);
}

/** The JS files index.html loads before first paint, as paths under `distDir`, with their sizes. */
export function measureFirstLoadJs(distDir) {
  const html = readFileSync(join(distDir, 'index.html'), 'utf8');
  const listed = [...matches(html, SCRIPT), ...matches(html, PRELOAD), ...matches(html, NAMED)]
    .filter((src) => !/^[a-z]+:/i.test(src))
    .map((src) => join(distDir, src.replace(/^\//, '')));
  const files = new Set(listed);
  const queue = [...listed];
  let unlisted = 0;
  while (queue.length > 0) {
    const file = queue.shift();
    for (const specifier of matches(readFileSync(file, 'utf8'), STATIC_IMPORT)) {
      const imported = join(dirname(file), specifier);
      if (files.has(imported)) continue;
      files.add(imported);
      queue.push(imported);
      unlisted += 1;
    }
  }
  const sizes = [...files].map((file) => {
    const bytes = readFileSync(file);
    return { file: relative(distDir, file), bytes: bytes.length, gzip: gzipSync(bytes).length };
  });
  const gzipBytes = sizes.reduce((sum, s) => sum + s.gzip, 0);
  const rawBytes = sizes.reduce((sum, s) => sum + s.bytes, 0);
  return { files: sizes, gzipBytes, rawBytes, unlisted };
}

/** The summed gzip size of built files named by the URL paths the page fetched (`/assets/x.js`). */
export function gzipSizeOfPaths(distDir, urlPaths) {
  return urlPaths.reduce(
    (sum, path) => sum + gzipSync(readFileSync(join(distDir, path.replace(/^\//, '')))).length,
    0,
  );
}
