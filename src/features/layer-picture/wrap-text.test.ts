import { describe, expect, it } from 'vitest';
import { estimateTextWidth, wrapText } from './wrap-text';

describe('estimateTextWidth', () => {
  it.each([
    ['云服务商', 10, 40],
    ['', 14, 0],
    ['  ', 10, 6.6],
  ])('gives %j at size %i a width of %i', (text, size, width) => {
    expect(estimateTextWidth(text, size)).toBeCloseTo(width);
  });

  it('makes bold text wider than regular text', () => {
    expect(estimateTextWidth('Owner', 14, true)).toBeGreaterThan(estimateTextWidth('Owner', 14));
  });
});

describe('wrapText', () => {
  it.each([
    ['keeps a short text on one line', 'Cloud service provider', 400, ['Cloud service provider']],
    [
      'breaks Latin text between words',
      'Cloud service provider',
      100,
      ['Cloud service', 'provider'],
    ],
    [
      'breaks Chinese text between characters',
      '虚拟化基础设施资源',
      50,
      ['虚拟化基础', '设施资源'],
    ],
    ['keeps a closing bracket with its character', '经云安全服务）', 60, ['经云安全服', '务）']],
    ['keeps an opening bracket with its character', '厂商（经云', 30, ['厂商', '（经云']],
    [
      'breaks after a comma rather than inside a phrase',
      '支撑：云安全厂商（经云安全服务，安全使用）',
      160,
      ['支撑：云安全厂商（经云安全服务，', '安全使用）'],
    ],
    ['splits a word wider than a line', 'aaaaaaaaaa', 30, ['aaaa', 'aaaa', 'aa']],
    ['gives no line for an empty text', '', 100, []],
  ])('%s', (_name, text, width, lines) => {
    expect(wrapText(text, width, 10)).toEqual(lines);
  });

  it.each([
    'Supported by: Cloud security vendor (via security service, secure use)',
    '支撑方：云安全厂商（经云安全服务，安全使用）',
  ])('gives lines that each fit the width: %s', (text) => {
    const lines = wrapText(text, 120, 12);
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect(estimateTextWidth(line, 12)).toBeLessThanOrEqual(120);
    expect(lines.join('').replace(/\s/g, '')).toBe(text.replace(/\s/g, ''));
  });
});
