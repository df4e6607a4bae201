// Builds the fonts that the PDF annex embeds, from the OFL-licensed Noto Sans SC Regular TrueType
// font of the npm package @expo-google-fonts/noto-sans-sc (a devDependency). Run it with
// `node scripts/build-pdf-fonts.mjs` after changing the zh-CN texts or the font package; it rewrites
// public/fonts/ and the output is committed.
//
// - noto-sans-sc-base.ttf: ASCII, Latin-1, punctuation, full-width forms and every non-ASCII
//   character found in src/ (our zh-CN texts). Small, fetched on the first PDF export and always
//   embedded, so a document in the app's own words needs no other file (cold PDF).
// - noto-sans-sc-symbols.ttf: more Latin, symbol blocks, kana and GB2312's symbol rows.
// - noto-sans-sc-common-N.ttf: the rest of GB2312's hanzi, in GB2312 order (level 1, the 3,755 most
//   used, before level 2), cut into shards; a document fetches only the shards its own names need.
// - noto-sans-sc-ext-N.ttf: everything else the source font has (the rest of the CJK Unified
//   Ideographs, Extension A, compatibility ideographs, ...), cut into chunks of neighbouring code
//   points so that a document with one rare name (陶喆) fetches one chunk, not the whole font.
// - noto-sans-latin-forms.ttf: from Noto Sans (Latin, @expo-google-fonts/noto-sans), the characters
//   that Noto Sans SC draws full-width as Chinese typesetting wants (§ † · “ ” × …) in their
//   proportional Latin form, for documents not in Chinese: "(§2.3.2" without an em of space inside.
//   Marked "latinForms" in the manifest. (Not Source Sans, whose design Noto Sans SC's Latin follows:
//   its licence reserves the name "Source", which a subset would have to drop.)
// - pdf-fonts.json: which code points each file covers, so the app knows what to fetch before
//   fetching it and which characters no file can render.
// - OFL.txt: the fonts' licences (both SIL Open Font License 1.1), which must travel with the files.
//
// TrueType (glyf) output only: WOFF/WOFF2 do not embed correctly in pdfkit. pdfkit subsets again
// when it embeds, so a PDF carries only the glyphs it uses.
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as fontkit from 'fontkit';
import subsetFont from 'subset-font';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const sourcePackage = '@expo-google-fonts/noto-sans-sc';
const sourceFont = require.resolve(`${sourcePackage}/400Regular/NotoSansSC_400Regular.ttf`);
const sourceVersion = JSON.parse(readFileSync(require.resolve(`${sourcePackage}/package.json`)));
const latinPackage = '@expo-google-fonts/noto-sans';
const latinFont = require.resolve(`${latinPackage}/400Regular/NotoSans_400Regular.ttf`);
const latinVersion = JSON.parse(readFileSync(require.resolve(`${latinPackage}/package.json`)));
const outDir = join(root, 'public', 'fonts');
const EXTENDED_CHUNKS = 6;
const COMMON_SHARDS = 10;

/** Code point blocks of every contract: ASCII, Latin-1, general and CJK punctuation, full-width forms. */
const BASE_BLOCKS = [
  [0x20, 0x7e],
  [0xa0, 0xff],
  [0x2000, 0x206f],
  [0x3000, 0x303f],
  [0xff00, 0xffef],
];

/** Blocks of symbols a contract may use, in a shard of their own (with GB2312's symbol rows). */
const SYMBOL_BLOCKS = [
  [0x100, 0x24f],
  [0x300, 0x36f],
  [0x20a0, 0x20cf],
  [0x2100, 0x22ff],
  [0x2460, 0x27bf],
  [0x3040, 0x30ff],
  [0xfe10, 0xfe1f],
  [0xfe30, 0xfe4f],
];

/** Characters of GB2312 rows in GB2312 order, read through the GBK decoder (symbols A1–A9, hanzi B0–F7). */
function gb2312CodePoints(rows) {
  const decoder = new TextDecoder('gbk');
  const points = [];
  for (const row of rows) {
    for (const cell of range(0xa1, 0xfe)) {
      const text = decoder.decode(new Uint8Array([row, cell]));
      const point = text.codePointAt(0);
      if (text.length === 1 && point !== 0xfffd) points.push(point);
    }
  }
  return points;
}

/** Non-ASCII characters written in our sources (not tests): the zh-CN texts and domain labels. */
function sourceCodePoints(dir) {
  const points = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) points.push(...sourceCodePoints(path));
    // Tests and fixtures are left out: their rare characters are there to exercise the extended font.
    else if (/\.tsx?$/.test(entry.name) && !/\.(test|fixture)\.tsx?$/.test(entry.name)) {
      for (const char of readFileSync(path, 'utf8')) {
        const point = char.codePointAt(0) ?? 0;
        if (point > 0x7e) points.push(point);
      }
    }
  }
  return points;
}

function range(from, to) {
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}

/** Sorted code points as `4e00-4e05 4e07` (hex ranges), compact enough for a small manifest. */
function toRanges(points) {
  const parts = [];
  let start = points[0];
  let end = start;
  for (const point of [...points.slice(1), Number.NaN]) {
    if (point === end + 1) {
      end = point;
      continue;
    }
    parts.push(start === end ? start.toString(16) : `${start.toString(16)}-${end.toString(16)}`);
    start = point;
    end = point;
  }
  return parts.join(' ');
}

/**
 * The base's characters that Noto Sans SC draws a full em wide and the Latin font narrower: the
 * ones an English line wants in their Latin form (an em dash, a full em in both, is left alone).
 */
function latinFormPoints(chinese, latin, base) {
  const width = (font, point) => font.glyphForCodePoint(point).advanceWidth / font.unitsPerEm;
  return base.filter(
    (point) =>
      point > 0x7e &&
      width(chinese, point) >= 0.95 &&
      latin.hasGlyphForCodePoint(point) &&
      width(latin, point) < 0.95,
  );
}

async function writeSubset(source, points, name) {
  const text = String.fromCodePoint(...points);
  // Vertical metrics are unused by pdfkit; dropping them keeps the download smaller.
  const subset = await subsetFont(source, text, {
    targetFormat: 'sfnt',
    dropTables: ['vhea', 'vmtx'],
  });
  writeFileSync(join(outDir, name), subset);
  const hash = createHash('sha256').update(subset).digest('hex').slice(0, 16);
  return { file: name, bytes: subset.length, hash, codePoints: toRanges(points) };
}

const source = readFileSync(sourceFont);
const sourceFace = fontkit.create(source);
const available = new Set(sourceFace.characterSet);
const wanted = new Set([
  ...BASE_BLOCKS.flatMap(([from, to]) => range(from, to)),
  ...sourceCodePoints(join(root, 'src')),
]);
const base = [...wanted].filter((p) => available.has(p)).sort((a, b) => a - b);
const baseSet = new Set(base);
const symbolSet = new Set(
  [
    ...SYMBOL_BLOCKS.flatMap(([from, to]) => range(from, to)),
    ...gb2312CodePoints(range(0xa1, 0xa9)),
  ].filter((p) => available.has(p) && !baseSet.has(p)),
);
const symbols = [...symbolSet].sort((a, b) => a - b);
const common = [...new Set(gb2312CodePoints(range(0xb0, 0xf7)))].filter(
  (p) => available.has(p) && !baseSet.has(p) && !symbolSet.has(p),
);
const commonSet = new Set(common);
const rest = [...available]
  .filter((p) => p > 0x20 && !baseSet.has(p) && !symbolSet.has(p) && !commonSet.has(p))
  .sort((a, b) => a - b);

rmSync(outDir, { recursive: true, force: true });
mkdirSync(outDir, { recursive: true });
const latin = readFileSync(latinFont);
const latinForms = latinFormPoints(sourceFace, fontkit.create(latin), base);
const files = [
  await writeSubset(source, base, 'noto-sans-sc-base.ttf'),
  await writeSubset(source, symbols, 'noto-sans-sc-symbols.ttf'),
  { ...(await writeSubset(latin, latinForms, 'noto-sans-latin-forms.ttf')), latinForms: true },
];
const shardSize = Math.ceil(common.length / COMMON_SHARDS);
for (let i = 0; i < COMMON_SHARDS; i += 1) {
  const points = common.slice(i * shardSize, (i + 1) * shardSize).sort((a, b) => a - b);
  if (points.length > 0)
    files.push(await writeSubset(source, points, `noto-sans-sc-common-${i + 1}.ttf`));
}
const chunkSize = Math.ceil(rest.length / EXTENDED_CHUNKS);
for (let i = 0; i < EXTENDED_CHUNKS; i += 1) {
  const points = rest.slice(i * chunkSize, (i + 1) * chunkSize);
  if (points.length > 0)
    files.push(await writeSubset(source, points, `noto-sans-sc-ext-${i + 1}.ttf`));
}
const licence = (name) => readFileSync(require.resolve(`${name}/LICENSE_FONT`), 'utf8').trimEnd();
writeFileSync(
  join(outDir, 'OFL.txt'),
  `${licence(sourcePackage)}\n\n---\n\nnoto-sans-latin-forms.ttf, from Noto Sans:\n\n${licence(latinPackage)}\n`,
);
const manifest = {
  source:
    `${sourcePackage}@${sourceVersion.version} NotoSansSC_400Regular.ttf; latin forms: ` +
    `${latinPackage}@${latinVersion.version} NotoSans_400Regular.ttf`,
  licence: 'OFL.txt',
  files,
};
writeFileSync(join(outDir, 'pdf-fonts.json'), `${JSON.stringify(manifest, null, 2)}\n`);
for (const { file, bytes } of files) console.log(`${file}\t${(bytes / 1024).toFixed(0)} KB`);
