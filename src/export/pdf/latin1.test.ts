import { describe, expect, it } from 'vitest';
import { bytesToLatin1, latin1ToBytes } from './latin1';

describe('bytesToLatin1 and latin1ToBytes', () => {
  it('turn every byte into the character of its number and back, 0x80-0x9f too', () => {
    const bytes = Uint8Array.from({ length: 256 }, (_, i) => i);
    const text = bytesToLatin1(bytes);
    expect([...text].map((c) => c.charCodeAt(0))).toEqual([...bytes]);
    expect(latin1ToBytes(text)).toEqual(bytes);
  });

  it('keep plain ASCII as it is', () => {
    const text = '1 0 0 -1 0 841.89 cm\n[<0027> 20 <0003>] TJ\n';
    expect(bytesToLatin1(latin1ToBytes(text))).toBe(text);
  });
});
