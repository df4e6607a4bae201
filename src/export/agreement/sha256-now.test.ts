import { describe, expect, it } from 'vitest';
import { sha256Hex } from './fingerprint';
import { sha256HexNow } from './sha256-now';

// Lengths around the padding's block boundaries (55, 56, 63, 64 bytes) and several blocks.
const TEXTS = [
  '',
  'abc',
  'a'.repeat(55),
  'a'.repeat(56),
  'a'.repeat(63),
  'a'.repeat(64),
  'a'.repeat(65),
  'a'.repeat(1000),
  '云安全责任共担：客户、云服务商与安全服务商',
  '𠀀 rare ideograph and emoji 🔐 beyond the basic plane',
  JSON.stringify({ rows: Array.from({ length: 2000 }, (_, i) => ({ i, text: `行 ${i}` })) }),
];

describe('sha256HexNow', () => {
  it('gives the published digest of "abc" (FIPS 180-4 example)', () => {
    expect(sha256HexNow('abc')).toBe(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    );
  });

  it.each(TEXTS.map((text) => [text.length, text]))(
    'equals Web Crypto’s digest for a text of %i characters',
    async (_length, text) => {
      expect(sha256HexNow(text)).toBe(await sha256Hex(text));
    },
  );
});
