// A PDF file written the way pdfkit writes one uncompressed (objects, then a classic xref table and
// trailer), from a few objects, so the PDF rewriting can be tested on files small enough to read.
import { latin1ToBytes } from '@/export/pdf/latin1';

/** An object of the file: its value, and the text of its stream if it has one. */
export interface ClassicObject {
  readonly id: number;
  readonly value: string;
  readonly stream?: string;
}

/** The file's bytes; a stream's /Length is filled in, the xref table lists every object. */
export function classicPdf(
  objects: readonly ClassicObject[],
  root: number,
): Uint8Array<ArrayBuffer> {
  let text = '%PDF-1.3\n%\xff\xff\xff\xff\n';
  const offsets = new Map<number, number>();
  for (const object of objects) {
    offsets.set(object.id, text.length);
    const value =
      object.stream === undefined
        ? object.value
        : object.value.replace(/>>$/, `/Length ${object.stream.length}\n>>`);
    text += `${object.id} 0 obj\n${value}\n`;
    if (object.stream !== undefined) text += `stream\n${object.stream}\nendstream\n`;
    text += 'endobj\n';
  }
  const size = Math.max(...offsets.keys()) + 1;
  const xrefAt = text.length;
  text += `xref\n0 ${size}\n0000000000 65535 f \n`;
  for (let id = 1; id < size; id += 1) {
    const offset = offsets.get(id);
    text +=
      offset === undefined
        ? '0000000000 00000 f \n'
        : `${String(offset).padStart(10, '0')} 00000 n \n`;
  }
  text += `trailer\n<<\n/Size ${size}\n/Root ${root} 0 R\n/ID [<ab12> <ab12>]\n>>\nstartxref\n${xrefAt}\n%%EOF\n`;
  return latin1ToBytes(text);
}

/** A one-page document: catalog 1, pages 2, page 3 with content 4 and resources 5. */
export function onePagePdf(content: string): Uint8Array<ArrayBuffer> {
  return classicPdf(
    [
      { id: 1, value: '<<\n/Type /Catalog\n/Pages 2 0 R\n>>' },
      { id: 2, value: '<<\n/Type /Pages\n/Count 1\n/Kids [3 0 R]\n>>' },
      {
        id: 3,
        value:
          '<<\n/Type /Page\n/Parent 2 0 R\n/MediaBox [0 0 595.28 841.89]\n/Contents 4 0 R\n/Resources 5 0 R\n>>',
      },
      { id: 4, value: '<<\n>>', stream: content },
      { id: 5, value: '<<\n/ProcSet [/PDF /Text]\n>>' },
    ],
    1,
  );
}
