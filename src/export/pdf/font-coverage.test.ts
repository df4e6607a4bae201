import { describe, expect, it } from 'vitest';
import {
  chooseFontFiles,
  type FontManifest,
  fontsInOrder,
  parseCodePointRanges,
  readManifest,
} from './font-coverage';

describe('parseCodePointRanges', () => {
  const coverage = parseCodePointRanges('20-7e a0 4e00-4e05 9555');
  it.each([
    [0x20, true],
    [0x7e, true],
    [0x7f, false],
    [0xa0, true],
    [0xa1, false],
    [0x4e03, true],
    [0x4e06, false],
    [0x9555, true],
    [0x1f44d, false],
    [0x0, false],
  ])('answers %i as %s', (point, expected) => {
    expect(coverage.has(point)).toBe(expected);
  });

  it('covers nothing when empty', () => {
    expect(parseCodePointRanges('').has(0x20)).toBe(false);
  });
});

const manifest: FontManifest = {
  source: 'test',
  licence: 'OFL.txt',
  files: [
    { file: 'base.ttf', bytes: 1, hash: 'a', codePoints: '20-7e 4e91 670d 6731 57fa 9676' },
    { file: 'ext-1.ttf', bytes: 1, hash: 'b', codePoints: '5586' },
    { file: 'ext-2.ttf', bytes: 1, hash: 'c', codePoints: '9555' },
    { file: 'latin.ttf', bytes: 1, hash: 'd', codePoints: 'a7 2020', latinForms: true },
  ],
};

describe('chooseFontFiles', () => {
  const files = readManifest(manifest);
  it.each([
    { text: '云服 Hi', chosen: ['base.ttf'] },
    { text: '朱镕基', chosen: ['base.ttf', 'ext-2.ttf'] },
    { text: '陶喆 朱镕基', chosen: ['base.ttf', 'ext-1.ttf', 'ext-2.ttf'] },
    { text: '👍 nobody has it', chosen: ['base.ttf'] },
    { text: '', chosen: ['base.ttf'] },
  ])('fetches $chosen for "$text"', ({ text, chosen }) => {
    expect(chooseFontFiles(files, text).map((file) => file.entry.file)).toEqual(chosen);
  });

  it.each([
    { text: 'Report §2.3.2', latinForms: true, chosen: ['base.ttf', 'latin.ttf'] },
    { text: 'Report §2.3.2', latinForms: false, chosen: ['base.ttf'] },
    { text: 'Report 2.3.2', latinForms: true, chosen: ['base.ttf'] },
    { text: '† 朱镕基', latinForms: true, chosen: ['base.ttf', 'ext-2.ttf', 'latin.ttf'] },
  ])('with latinForms $latinForms, fetches $chosen for "$text"', ({ text, latinForms, chosen }) => {
    const files = chooseFontFiles(readManifest(manifest), text, { latinForms });
    expect(files.map((file) => file.entry.file)).toEqual(chosen);
  });

  it('chooses nothing from an empty manifest', () => {
    expect(chooseFontFiles([], '云')).toEqual([]);
  });
});

describe('fontsInOrder', () => {
  const files = readManifest(manifest);
  const [base, , ext2] = files;

  it('tries the base first and gives the Latin forms their characters', () => {
    const ordered = fontsInOrder(chooseFontFiles(files, '§ 朱镕基', { latinForms: true }));
    expect(ordered.map((file) => file.entry.file)).toEqual(['base.ttf', 'ext-2.ttf', 'latin.ttf']);
    const [first] = ordered;
    expect(first?.coverage.has(0xa7)).toBe(false);
    expect(first?.coverage.has(0x4e91)).toBe(true);
  });

  it('leaves the files as they are without a Latin forms file', () => {
    const chosen = [base, ext2].filter((file) => file !== undefined);
    expect(fontsInOrder(chosen)).toEqual(chosen);
  });
});
