import { describe, expect, it } from 'vitest';
import { trimDigits } from './trim-digits';

describe('trimDigits', () => {
  it.each([
    ['275.926667 303.4852 m', '275.92 303.48 m'],
    ['136.5 303.4852 l', '136.5 303.48 l'],
    ['40.25 655.5012 92.5 21.2696 re', '40.25 655.50 92.5 21.26 re'],
    ['1 0 0 1 73.6825 700.2748 Tm', '1 0 0 1 73.68 700.27 Tm'],
    ['-12.3456 0.001 Td', '-12.34 0.00 Td'],
    ['1.111 2.222 3.333 4.444 5.555 6.666 c', '1.11 2.22 3.33 4.44 5.55 6.66 c'],
  ])('cuts positions to two decimals: %s', (line, expected) => {
    expect(trimDigits(line)).toBe(expected);
  });

  it('keeps the scale and rotation of a matrix, cutting only its translation', () => {
    expect(trimDigits('0.707107 0.707107 -0.707107 0.707107 10.12345 20.98765 cm')).toBe(
      '0.707107 0.707107 -0.707107 0.707107 10.12 20.98 cm',
    );
  });

  it('cuts colours to four decimals, which keeps every 8-bit level', () => {
    const grey = '0.4980392156862745 0.4980392156862745 0.4980392156862745';
    expect(trimDigits(`${grey} SCN\n${grey} scn`)).toBe(
      '0.4980 0.4980 0.4980 SCN\n0.4980 0.4980 0.4980 scn',
    );
    for (let level = 0; level < 256; level += 1) {
      const [cut = ''] = trimDigits(`${level / 255} g`).split(' ');
      expect(Math.round(Number(cut) * 255)).toBe(level);
    }
  });

  it('leaves text, font sizes, line widths, dashes and names alone', () => {
    const content = [
      '/F1 8.5 Tf',
      '[<00270003000d> 20 <0007000d> 18.123456 <0002>] TJ',
      '0.5 w',
      '[3.333333 2] 0 d',
      '/Gs1 gs',
      'BT',
    ].join('\n');
    expect(trimDigits(content)).toBe(content);
  });

  it('returns a stream it cannot read line by line unchanged', () => {
    for (const content of [
      'BT\n(12.3456 7.891011 m) Tj\nET\n1.23456 2 m',
      '<0027\n12.3456 7.891011 c>\n1.23456 2 m',
      'BI /W 1 /H 1 ID \u0001 EI\n1.23456 2 m',
    ]) {
      expect(trimDigits(content)).toBe(content);
    }
  });
});
