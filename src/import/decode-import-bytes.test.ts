import { describe, expect, it } from 'vitest';
import { decodeImportBytes } from './decode-import-bytes';

describe('decodeImportBytes', () => {
  it('reads UTF-8 and drops a byte-order mark', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('朱镕基,𠀀')]);
    expect(decodeImportBytes(bytes)).toEqual({ ok: true, value: '朱镕基,𠀀' });
  });

  it('refuses text in another encoding, such as GBK from Excel', () => {
    // 云 in GBK.
    expect(decodeImportBytes(new Uint8Array([0xd4, 0xc6]))).toEqual({
      ok: false,
      issues: [{ code: 'not-utf8', expected: 'UTF-8' }],
    });
  });
});
