import { latin1ToBytes } from './latin1';
import type { PdfObject } from './read-pdf';

/** Where an object packed in an object stream is: that stream's number and its place in it. */
export interface PackedAt {
  readonly streamId: number;
  readonly index: number;
}

// Four bytes of offset: files up to 4 GB; two for the generation of free entries (65535).
const WIDTHS = [1, 4, 2] as const;

function entry(type: number, field2: number, field3: number): number[] {
  const bytes = [type];
  for (let shift = (WIDTHS[1] - 1) * 8; shift >= 0; shift -= 8) {
    bytes.push((field2 >>> shift) & 255);
  }
  bytes.push((field3 >>> 8) & 255, field3 & 255);
  return bytes;
}

/**
 * The cross-reference stream's rows (section 7.5.8): free for numbers in no use, an offset for
 * objects written out, and the object stream and place of a packed object.
 */
export function xrefRows(
  size: number,
  offsets: ReadonlyMap<number, number>,
  packed: ReadonlyMap<number, PackedAt>,
): Uint8Array<ArrayBuffer> {
  const rows: number[] = [];
  for (let id = 0; id < size; id += 1) {
    const offset = offsets.get(id);
    const at = packed.get(id);
    if (offset !== undefined) rows.push(...entry(1, offset, 0));
    else if (at) rows.push(...entry(2, at.streamId, at.index));
    else rows.push(...entry(0, 0, id === 0 ? 65535 : 0));
  }
  return Uint8Array.from(rows);
}

/** The trailer's entries (root, info, file identifier) without /Size, for the xref stream. */
export function trailerEntries(trailer: string): string {
  return trailer
    .replace(/^\s*<<|>>\s*$/g, '')
    .replace(/\/Size\s+\d+/, '')
    .trim();
}

/** What writePdf puts in the file. */
export interface PdfLayout {
  /** Objects written out, each with a stream already compressed and its dictionary final. */
  readonly direct: readonly PdfObject[];
  readonly packed: ReadonlyMap<number, PackedAt>;
  readonly trailer: string;
  readonly compress: (bytes: Uint8Array<ArrayBuffer>) => Promise<Uint8Array<ArrayBuffer>>;
}

/**
 * Writes a PDF 1.5 file: the objects with streams, then a compressed cross-reference stream that
 * also finds the objects packed in object streams, in place of the classic table's 20 bytes a line.
 */
export async function writePdf({ direct, packed, trailer, compress }: PdfLayout): Promise<Blob> {
  // The comment of bytes above 127 tells transfer programs that the file is binary.
  const parts: Uint8Array<ArrayBuffer>[] = [latin1ToBytes('%PDF-1.5\n%\xff\xff\xff\xff\n')];
  let length = parts[0]?.length ?? 0;
  const add = (bytes: Uint8Array<ArrayBuffer>) => {
    parts.push(bytes);
    length += bytes.length;
  };
  const offsets = new Map<number, number>();
  for (const object of direct) {
    offsets.set(object.id, length);
    add(latin1ToBytes(`${object.id} 0 obj\n${object.value}\n`));
    if (object.stream) {
      add(latin1ToBytes('stream\n'));
      add(object.stream);
      add(latin1ToBytes('\nendstream\n'));
    }
    add(latin1ToBytes('endobj\n'));
  }
  let xrefId = 1;
  for (const id of [...offsets.keys(), ...packed.keys()]) xrefId = Math.max(xrefId, id + 1);
  const size = xrefId + 1;
  const xrefAt = length;
  offsets.set(xrefId, xrefAt);
  const rows = await compress(xrefRows(size, offsets, packed));
  const dictionary = [
    '<<',
    '/Type /XRef',
    `/Size ${size}`,
    `/W [${WIDTHS.join(' ')}]`,
    trailerEntries(trailer),
    '/Filter /FlateDecode',
    `/Length ${rows.length}`,
    '>>',
  ].join('\n');
  add(latin1ToBytes(`${xrefId} 0 obj\n${dictionary}\nstream\n`));
  add(rows);
  add(latin1ToBytes(`\nendstream\nendobj\nstartxref\n${xrefAt}\n%%EOF\n`));
  return new Blob(parts, { type: 'application/pdf' });
}
