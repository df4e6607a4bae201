import { describe, expect, it } from 'vitest';
import {
  canRender,
  findMissingCharacters,
  splitCharacters,
  unionCoverage,
} from './missing-characters';

const coverage = new Set(Array.from('云服务客户朱基陶 Hi!☺', (c) => c.codePointAt(0) ?? 0));

describe('findMissingCharacters', () => {
  it.each([
    { text: '云服务客户', missing: [] },
    { text: '朱镕基', missing: ['镕'] },
    { text: '陶喆 陶喆', missing: ['喆'] },
    { text: 'Hi 👍', missing: ['👍'] },
    { text: 'Hi 👍🏽', missing: ['👍🏽'] },
    { text: '👨‍👩‍👧 Hi', missing: ['👨‍👩‍👧'] },
    { text: 'Hi\n\t云\r\n', missing: [] },
    { text: '☺️', missing: [] },
    { text: '喆镕喆', missing: ['喆', '镕'] },
    { text: '', missing: [] },
  ])('finds $missing in "$text"', ({ text, missing }) => {
    expect(findMissingCharacters(text, coverage)).toEqual(missing);
  });
});

describe('splitCharacters', () => {
  it.each([
    { text: '朱镕基', characters: ['朱', '镕', '基'] },
    { text: '👍🏽!', characters: ['👍🏽', '!'] },
    { text: 'e\u0301', characters: ['e\u0301'] },
  ])('splits "$text" as a reader sees it', ({ text, characters }) => {
    expect(splitCharacters(text)).toEqual(characters);
  });
});

describe('coverage', () => {
  it('draws with the union what either font draws', () => {
    const union = unionCoverage([new Set([0x6731]), new Set([0x9555])]);
    expect(canRender('镕', union)).toBe(true);
    expect(canRender('喆', union)).toBe(false);
  });
});
