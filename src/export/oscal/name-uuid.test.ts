import { describe, expect, it } from 'vitest';
import { nameUuid, sha1 } from './name-uuid';

const DNS_NAMESPACE = '6ba7b810-9dad-11d1-80b4-00c04fd430c8';
const hex = (bytes: Uint8Array) =>
  Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');

describe('sha1', () => {
  it.each([
    ['', 'da39a3ee5e6b4b0d3255bfef95601890afd80709'],
    ['abc', 'a9993e364706816aba3e25717850c26c9cd0d89d'],
    [
      'abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq',
      '84983e441c3bd26ebaae4aa1f95129e5e54670f1',
    ],
    ['a'.repeat(1000), '291e9a6c66994949b57ba5e650361e98fc36b1ba'],
  ])('hashes %j as FIPS 180 says', (text, digest) => {
    expect(hex(sha1(new TextEncoder().encode(text)))).toBe(digest);
  });
});

describe('nameUuid', () => {
  it('gives the RFC 9562 example for www.example.com in the DNS namespace', () => {
    expect(nameUuid(DNS_NAMESPACE, 'www.example.com')).toBe('2ed6657d-e927-568b-95e1-2665a8aea6a2');
  });

  it('is stable, version 5 and differs by name, Chinese names included', () => {
    const a = nameUuid(DNS_NAMESPACE, '云服务商');
    expect(nameUuid(DNS_NAMESPACE, '云服务商')).toBe(a);
    expect(a).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(nameUuid(DNS_NAMESPACE, '云服务客户')).not.toBe(a);
  });
});
