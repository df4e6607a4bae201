import { describe, expect, it } from 'vitest';
import { classicPdf, onePagePdf } from '../../../tests/support/classic-pdf';
import { compactPdf } from './compact-pdf';
import { bytesToLatin1, latin1ToBytes } from './latin1';

async function inflate(bytes: Uint8Array<ArrayBuffer>): Promise<Uint8Array<ArrayBuffer>> {
  const stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('deflate'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

interface Read {
  readonly value: string;
  readonly stream?: string;
}

/** Reads a file through its xref stream and object streams, as a PDF 1.5 reader does. */
async function readCompact(blob: Blob): Promise<{ objects: Map<number, Read>; xref: string }> {
  const bytes = new Uint8Array(await blob.arrayBuffer());
  const file = bytesToLatin1(bytes);
  const direct = async (offset: number) => {
    const match = /^(\d+) 0 obj\n([\s\S]*?)\n(stream\n|endobj)/.exec(file.slice(offset));
    if (!match) throw new Error(`no object at ${offset}`);
    const value = match[2] ?? '';
    if (match[3] !== 'stream\n') return { value };
    const length = Number(/\/Length (\d+)/.exec(value)?.[1]);
    const start = offset + match[0].length;
    const data = bytes.slice(start, start + length);
    const flate = value.includes('/FlateDecode');
    return { value, stream: bytesToLatin1(flate ? await inflate(data) : data) };
  };
  const xrefAt = Number(/startxref\n(\d+)\n%%EOF\n$/.exec(file)?.[1]);
  const xref = await direct(xrefAt);
  const rows = latin1ToBytes(xref.stream ?? '');
  const objects = new Map<number, Read>();
  for (let id = 0; id * 7 < rows.length; id += 1) {
    const row = rows.subarray(id * 7, id * 7 + 7);
    const field2 =
      ((row[1] ?? 0) << 24) | ((row[2] ?? 0) << 16) | ((row[3] ?? 0) << 8) | (row[4] ?? 0);
    const field3 = ((row[5] ?? 0) << 8) | (row[6] ?? 0);
    if (row[0] === 1) objects.set(id, await direct(field2));
    if (row[0] === 2) {
      const container = await direct(file.indexOf(`\n${field2} 0 obj\n`) + 1);
      const first = Number(/\/First (\d+)/.exec(container.value)?.[1]);
      const data = container.stream ?? '';
      const pairs = data.slice(0, first).trim().split(' ').map(Number);
      expect(pairs[field3 * 2]).toBe(id);
      const start = first + (pairs[field3 * 2 + 1] ?? 0);
      const end = first + (pairs[field3 * 2 + 3] ?? data.length - first);
      objects.set(id, { value: data.slice(start, end).trim() });
    }
  }
  return { objects, xref: xref.value };
}

describe('compactPdf', () => {
  it('keeps every object, packs those without a stream and compresses the rest', async () => {
    const content = '1 0 0 -1 0 841.89 cm\n40.25 655.5012 92.5 21.2696 re\nf\n';
    const { objects, xref } = await readCompact(await compactPdf(onePagePdf(content)));
    expect(xref).toMatch(/\/Type \/XRef[\s\S]*\/Root 1 0 R[\s\S]*\/ID \[<ab12> <ab12>\]/);
    expect(objects.get(1)?.value).toBe('<<\n/Type /Catalog\n/Pages 2 0 R\n>>');
    expect(objects.get(3)?.value).toContain('/Contents 4 0 R');
    expect(objects.get(5)?.value).toBe('<<\n/ProcSet [/PDF /Text]\n>>');
    const page = objects.get(4);
    expect(page?.value).toMatch(/\/Filter \/FlateDecode/);
    expect(page?.stream).toBe('1 0 0 -1 0 841.89 cm\n40.25 655.50 92.5 21.26 re\nf\n');
  });

  it('starts with a PDF 1.5 header, the version that has object and xref streams', async () => {
    const head = await (await compactPdf(onePagePdf('q\nQ\n'))).slice(0, 9).text();
    expect(head).toBe('%PDF-1.5\n');
  });

  it('cuts digits in page contents only, and keeps a stream that has a filter as it is', async () => {
    const numbers = '1.23456 2.34567 m\n';
    const file = classicPdf(
      [
        { id: 1, value: '<<\n/Type /Catalog\n/Pages 2 0 R\n>>' },
        { id: 2, value: '<<\n/Type /Pages\n/Count 0\n/Kids []\n>>' },
        { id: 3, value: '<<\n/Length1 18\n>>', stream: numbers },
        { id: 4, value: '<<\n/Filter /ASCIIHexDecode\n>>', stream: '41>' },
      ],
      1,
    );
    const compact = bytesToLatin1(new Uint8Array(await (await compactPdf(file)).arrayBuffer()));
    expect(compact).toContain('4 0 obj\n<<\n/Filter /ASCIIHexDecode\n/Length 3\n>>\nstream\n41>\n');
    const { objects } = await readCompact(new Blob([latin1ToBytes(compact)]));
    expect(objects.get(3)?.stream).toBe(numbers);
  });
});
