// The committed PDF fonts are what scripts/build-pdf-fonts.mjs makes: listed files exist with their
// sizes and hashes, the licence travels with them, and the base subset holds every character our
// own texts use (else the script must be run again after a text change).
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readManifest } from '@/export/pdf/font-coverage';
import { FONT_MANIFEST, isSfnt, parseFontManifest } from '@/export/pdf/font-loader';

const root = fileURLToPath(new URL('../../', import.meta.url));
const folder = join(root, 'public', 'fonts');
const manifest = parseFontManifest(JSON.parse(readFileSync(join(folder, FONT_MANIFEST), 'utf8')));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    const isSource = /\.tsx?$/.test(entry.name) && !/\.(test|fixture)\.tsx?$/.test(entry.name);
    return isSource ? [path] : [];
  });
}

describe('the PDF fonts in public/fonts', () => {
  it.each(manifest.files.map((entry) => ({ ...entry })))(
    '$file is a TrueType file of the listed size and hash',
    ({ file, bytes, hash }) => {
      const data = readFileSync(join(folder, file));
      expect(isSfnt(new Uint8Array(data))).toBe(true);
      expect(data.length).toBe(bytes);
      expect(createHash('sha256').update(data).digest('hex').slice(0, 16)).toBe(hash);
    },
  );

  it('ship with the SIL Open Font License and name their source package', () => {
    const licence = readFileSync(join(folder, manifest.licence), 'utf8');
    expect(licence).toContain('SIL OPEN FONT LICENSE Version 1.1');
    expect(manifest.source).toMatch(/^@expo-google-fonts\/noto-sans-sc@/);
  });

  it('keep the base subset small enough for a cold export, and the other shards smaller still', () => {
    const [base, ...others] = manifest.files;
    expect(base?.file).toBe('noto-sans-sc-base.ttf');
    expect(base?.bytes).toBeLessThan(320 * 1024);
    const shards = others.filter(({ file }) => !file.includes('-ext-'));
    expect(shards.length).toBeGreaterThan(5);
    for (const shard of shards) expect(shard.bytes).toBeLessThan(320 * 1024);
  });

  it('cover every GB2312 hanzi in the base or a common shard, never in two files', () => {
    const files = readManifest(manifest);
    const decoder = new TextDecoder('gbk');
    for (const [row, cell] of [
      [0xb0, 0xa1],
      [0xc4, 0xe3],
      [0xd7, 0xf9],
      [0xf7, 0xfe],
    ] as const) {
      const point = decoder.decode(new Uint8Array([row, cell])).codePointAt(0) ?? 0;
      const holders = files.filter((file) => file.coverage.has(point));
      expect(holders).toHaveLength(1);
      expect(holders[0]?.entry.file).not.toContain('-ext-');
    }
  });

  it('have every character of our own texts in the base subset (run the build script if not)', () => {
    const [base, ...extended] = readManifest(manifest);
    const missing = new Set<string>();
    for (const file of sourceFiles(join(root, 'src'))) {
      for (const character of readFileSync(file, 'utf8')) {
        const point = character.codePointAt(0) ?? 0;
        const drawable = extended.some((chunk) => chunk.coverage.has(point));
        if (point > 0x7e && drawable && !base?.coverage.has(point)) missing.add(character);
      }
    }
    expect([...missing]).toEqual([]);
  });

  it('cover 镕 and 喆 (outside GB2312) in the extended chunks only', () => {
    const [base, ...extended] = readManifest(manifest);
    for (const point of [0x9555, 0x5586]) {
      expect(base?.coverage.has(point)).toBe(false);
      expect(extended.some((chunk) => chunk.coverage.has(point))).toBe(true);
    }
  });

  it('have one Latin forms file, for characters the base has too, with its own licence', () => {
    const files = readManifest(manifest);
    const [base] = files;
    const latin = files.filter((file) => file.entry.latinForms);
    expect(latin.map((file) => file.entry.file)).toEqual(['noto-sans-latin-forms.ttf']);
    const coverage = latin[0]?.coverage;
    // § † · “ ” at least; the base keeps every one of them for Chinese documents.
    for (const sign of '§†·“”') expect(coverage?.has(sign.codePointAt(0) ?? 0)).toBe(true);
    for (let point = 0; point <= 0xffff; point += 1) {
      if (coverage?.has(point)) expect(base?.coverage.has(point)).toBe(true);
    }
    const licence = readFileSync(join(folder, manifest.licence), 'utf8');
    expect(licence).toContain('Copyright 2022 The Noto Project Authors');
    expect(manifest.source).toContain('@expo-google-fonts/noto-sans@');
  });

  it('hold no web fonts, which do not embed correctly', () => {
    expect(readdirSync(folder).filter((name) => /\.woff2?$/.test(name))).toEqual([]);
    expect(existsSync(join(folder, 'OFL.txt'))).toBe(true);
  });
});
