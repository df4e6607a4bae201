import { describe, expect, it } from 'vitest';
import { classicPdf } from '../../../tests/support/classic-pdf';
import { bytesToLatin1 } from './latin1';
import { readPdf } from './read-pdf';

const text = (bytes: Uint8Array | null) => (bytes === null ? null : bytesToLatin1(bytes));

describe('readPdf', () => {
  it('reads each object where the xref puts it, and a stream by its /Length', () => {
    // Stream data that looks like the end of the object and the start of another.
    const tricky = 'q\nendstream\nendobj\n9 0 obj\n<< >>\nstream\nQ';
    const file = classicPdf(
      [
        { id: 1, value: '<<\n/Type /Catalog\n/Title (a stream\\n)\n>>' },
        { id: 3, value: '<<\n/Length1 7\n>>', stream: tricky },
        { id: 2, value: '[1 0 R 3 0 R]' },
      ],
      1,
    );
    const { objects, trailer } = readPdf(file);
    expect(objects.map(({ id, value, stream }) => [id, value, text(stream)])).toEqual([
      [1, '<<\n/Type /Catalog\n/Title (a stream\\n)\n>>', null],
      [3, `<<\n/Length1 7\n/Length ${tricky.length}\n>>`, tricky],
      [2, '[1 0 R 3 0 R]', null],
    ]);
    expect(trailer).toContain('/Root 1 0 R');
  });

  it('refuses a file it cannot read, rather than guess', () => {
    const file = classicPdf([{ id: 1, value: '<< >>' }], 1);
    expect(() => readPdf(file.subarray(0, file.length - 8))).toThrow(/startxref/);
    const moved = bytesToLatin1(file).replace('1 0 obj', '7 0 obj');
    expect(() => readPdf(Uint8Array.from(moved, (c) => c.charCodeAt(0)))).toThrow(/object 1/);
    const indirect = bytesToLatin1(classicPdf([{ id: 1, value: '<< >>', stream: 'x' }], 1)).replace(
      /\/Length \d+/,
      '/Length 2 0 R',
    );
    expect(() => readPdf(Uint8Array.from(indirect, (c) => c.charCodeAt(0)))).toThrow(/Length/);
  });
});
