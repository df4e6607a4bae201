import type { PdfObject } from './read-pdf';

/** Objects without a stream of their own, gathered into one stream (PDF 1.5, section 7.5.7). */
export interface ObjectStream {
  readonly id: number;
  readonly members: readonly number[];
  /** The stream's dictionary, before /Length and /Filter are known. */
  readonly value: string;
  readonly data: string;
}

/**
 * How many objects share one stream: a reader inflates a whole object stream to read any object
 * in it, and page dictionaries and resources compress about as well in groups of this size.
 */
export const OBJECTS_PER_STREAM = 200;

/**
 * Packs the objects that have no stream (page dictionaries, their resources, the page tree, fonts'
 * dictionaries) into object streams numbered from `firstId`. A 766-page annex repeats such small
 * dictionaries on every page, about a tenth of its size when each is written out plainly.
 */
export function packObjects(objects: readonly PdfObject[], firstId: number): ObjectStream[] {
  const packable = objects.filter((object) => object.stream === null);
  const streams: ObjectStream[] = [];
  for (let i = 0; i < packable.length; i += OBJECTS_PER_STREAM) {
    const group = packable.slice(i, i + OBJECTS_PER_STREAM);
    const offsets: string[] = [];
    let body = '';
    for (const object of group) {
      offsets.push(`${object.id} ${body.length}`);
      body += `${object.value}\n`;
    }
    const index = `${offsets.join(' ')}\n`;
    streams.push({
      id: firstId + streams.length,
      members: group.map((object) => object.id),
      value: `<<\n/Type /ObjStm\n/N ${group.length}\n/First ${index.length}\n>>`,
      data: index + body,
    });
  }
  return streams;
}
