import { compressBytes } from '@/export/compress-bytes';
import { bytesToLatin1, latin1ToBytes } from './latin1';
import { packObjects } from './object-streams';
import { type PdfObject, readPdf } from './read-pdf';
import { trimDigits } from './trim-digits';
import { type PackedAt, writePdf } from './write-pdf';

const deflate = (bytes: Uint8Array<ArrayBuffer>) => compressBytes(bytes, 'deflate');

const REFERENCE = /(\d+)\s+0\s+R/g;

/** The numbers of the pages' content streams, the only streams whose digits are cut. */
function pageContents(objects: readonly PdfObject[]): Set<number> {
  const ids = new Set<number>();
  for (const { value } of objects) {
    if (!/\/Type\s*\/Page(?![A-Za-z])/.test(value)) continue;
    const contents = /\/Contents\s*(\[[^\]]*\]|\d+\s+0\s+R)/.exec(value)?.[1] ?? '';
    for (const [, id] of contents.matchAll(REFERENCE)) ids.add(Number(id));
  }
  return ids;
}

async function compressStream(object: PdfObject, isContent: boolean): Promise<PdfObject> {
  const { stream, value } = object;
  // A stream that already has a filter (an image, say) is kept as it is.
  if (stream === null || /\/Filter\b/.test(value)) return object;
  const data = isContent ? latin1ToBytes(trimDigits(bytesToLatin1(stream))) : stream;
  const compressed = await deflate(data);
  const dictionary = value
    .replace(/\/Length\s+\d+/, `/Length ${compressed.length}`)
    .replace(/>>\s*$/, '/Filter /FlateDecode\n>>');
  return { ...object, value: dictionary, stream: compressed };
}

/**
 * Rewrites an uncompressed PDF from pdfkit more compactly without changing any page: positions and
 * colours in content streams lose digits no output device can show (trim-digits.ts), every
 * stream is compressed with the platform's deflate, and the small dictionaries every page repeats
 * go into object streams with a cross-reference stream (PDF 1.5). For a 766-page annex these
 * dictionaries and the classic xref table alone were about 260 KB of 2.6 MB.
 */
export async function compactPdf(
  bytes: Uint8Array<ArrayBuffer>,
  onProgress: (fraction: number) => void = () => {},
): Promise<Blob> {
  const { objects, trailer } = readPdf(bytes);
  const contents = pageContents(objects);
  const streams = objects.filter((object) => object.stream !== null);
  // One stream at a time: hundreds of compressors at once were slower in Chromium, not faster.
  const direct: PdfObject[] = [];
  for (const object of streams) {
    direct.push(await compressStream(object, contents.has(object.id)));
    onProgress(direct.length / streams.length);
  }
  const firstFree = objects.reduce((free, object) => Math.max(free, object.id + 1), 1);
  const packed = new Map<number, PackedAt>();
  for (const group of packObjects(objects, firstFree)) {
    for (const [index, id] of group.members.entries()) {
      packed.set(id, { streamId: group.id, index });
    }
    const data = await deflate(latin1ToBytes(group.data));
    const value = group.value.replace(/>>$/, `/Filter /FlateDecode\n/Length ${data.length}\n>>`);
    direct.push({ id: group.id, value, stream: data });
  }
  return writePdf({ direct, packed, trailer, compress: deflate });
}
