import { bytesToLatin1 } from './latin1';

/** One object of a PDF file: its dictionary (or other value) as written, and its stream if any. */
export interface PdfObject {
  readonly id: number;
  readonly value: string;
  readonly stream: Uint8Array<ArrayBuffer> | null;
}

/** A PDF file taken apart: its objects in file order, and the trailer dictionary. */
export interface PdfParts {
  readonly objects: PdfObject[];
  readonly trailer: string;
}

const OBJECT_START = /^(\d+) 0 obj\s*/;
// A direct /Length (not /Length1, not an indirect reference).
const LENGTH = /\/Length\s+(\d+)(?!\s+\d+\s+R)(?=[\s/>])/;

function fail(reason: string): never {
  throw new Error(`Unexpected PDF structure: ${reason}`);
}

/** The byte offsets of the objects in use, from a classic cross-reference table of one section. */
function readXref(tail: string): Map<number, number> {
  const table =
    /\bxref\s+(\d+)\s+(\d+)\s+([\s\S]*?)\btrailer\b/.exec(tail) ?? fail('no xref table');
  const first = Number(table[1]);
  const offsets = new Map<number, number>();
  const rows = table[3]?.trim().split(/\s*\n\s*/) ?? [];
  rows.forEach((row, index) => {
    const [offset, generation, kind] = row.split(/\s+/);
    if (kind !== 'n') return;
    if (generation !== '00000') fail('an object of a later generation');
    offsets.set(first + index, Number(offset));
  });
  return offsets;
}

const STREAM = Array.from('stream', (c) => c.charCodeAt(0));
const isSpace = (byte: number | undefined) =>
  byte === 0x20 || byte === 0x0a || byte === 0x0d || byte === 0x09 || byte === 0x0c;

/** Where the data of an object's stream starts, after `stream` and its line end; -1 if none. */
function streamDataStart(bytes: Uint8Array, from: number, end: number): number {
  for (let i = from; i + STREAM.length < end; i += 1) {
    if (!STREAM.every((code, k) => bytes[i + k] === code)) continue;
    // `stream` as the keyword, not the end of `endstream` or of a name such as /Upstream.
    const before = bytes[i - 1];
    if (before !== 0x3e && !isSpace(before)) continue;
    let at = i + STREAM.length;
    if (bytes[at] === 0x0d) at += 1;
    if (bytes[at] === 0x0a) return at + 1;
  }
  return -1;
}

function readObject(
  bytes: Uint8Array<ArrayBuffer>,
  id: number,
  start: number,
  end: number,
): PdfObject {
  const opening = OBJECT_START.exec(bytesToLatin1(bytes.subarray(start, start + 32)));
  if (!opening || Number(opening[1]) !== id) fail(`object ${id} is not where the xref says`);
  const from = start + opening[0].length;
  const dataStart = streamDataStart(bytes, from, end);
  if (dataStart < 0) {
    const whole = bytesToLatin1(bytes.subarray(from, end));
    const close = whole.lastIndexOf('endobj');
    if (close < 0) fail(`object ${id} has no endobj`);
    return { id, value: whole.slice(0, close).trim(), stream: null };
  }
  const value = bytesToLatin1(bytes.subarray(from, dataStart))
    .replace(/stream\s*$/, '')
    .trim();
  const length = Number(LENGTH.exec(value)?.[1] ?? fail(`stream ${id} has no direct /Length`));
  if (dataStart + length > end) fail(`stream ${id} runs past its object`);
  return { id, value, stream: bytes.subarray(dataStart, dataStart + length) };
}

/**
 * Reads a PDF file written in one piece with a classic cross-reference table (as pdfkit writes it):
 * each object lies between its offset and the next one, and a stream's bytes are counted by its
 * /Length, so nothing inside a stream is ever mistaken for syntax.
 */
export function readPdf(bytes: Uint8Array<ArrayBuffer>): PdfParts {
  const tail = bytesToLatin1(bytes.subarray(Math.max(0, bytes.length - 1024)));
  const startxref = /startxref\s+(\d+)\s+%%EOF\s*$/.exec(tail) ?? fail('no startxref');
  const xrefAt = Number(startxref[1]);
  const end = bytesToLatin1(bytes.subarray(xrefAt));
  const offsets = readXref(end);
  const trailer = /\btrailer\s*(<<[\s\S]*>>)\s*startxref/.exec(end)?.[1] ?? fail('no trailer');
  const order = [...offsets].sort((a, b) => a[1] - b[1]);
  const objects = order.map(([id, start], index) =>
    readObject(bytes, id, start, order[index + 1]?.[1] ?? xrefAt),
  );
  return { objects, trailer };
}
