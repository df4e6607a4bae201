import type { Content } from 'pdfmake/interfaces';

type Node = Record<string, unknown>;

const BLOCK_LISTS = ['stack', 'columns', 'ul', 'ol'] as const;

function isNode(value: unknown): value is Node {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function mapInline(value: unknown, map: (text: string) => unknown[]): unknown {
  if (typeof value === 'string') return map(value);
  if (Array.isArray(value)) {
    return value.flatMap((part) => (typeof part === 'string' ? map(part) : [mapInline(part, map)]));
  }
  if (isNode(value) && 'text' in value) return { ...value, text: mapInline(value.text, map) };
  return value;
}

function mapBlock(value: unknown, map: (text: string) => unknown[]): unknown {
  if (typeof value === 'string' || typeof value === 'number') return { text: map(String(value)) };
  if (Array.isArray(value)) return value.map((item) => mapBlock(item, map));
  if (!isNode(value)) return value;
  const copy: Node = { ...value };
  if ('text' in copy) copy.text = mapInline(copy.text, map);
  for (const key of BLOCK_LISTS) {
    const list = copy[key];
    if (Array.isArray(list)) copy[key] = list.map((item) => mapBlock(item, map));
  }
  const table = copy.table;
  if (isNode(table) && Array.isArray(table.body)) {
    const body = table.body as unknown[][];
    copy.table = { ...table, body: body.map((row) => row.map((cell) => mapBlock(cell, map))) };
  }
  return copy;
}

/**
 * Rewrites every piece of text in document content, and only text (never a style name or a width),
 * each string becoming the inline pieces `map` returns: how fonts are chosen per character after the
 * document is built, since pdfmake draws each piece in one font.
 */
export function mapText(content: Content, map: (text: string) => unknown[]): Content {
  return mapBlock(content, map) as Content;
}

/** All text of document content, joined, so the fonts it needs can be chosen before building the PDF. */
export function collectText(content: Content): string {
  const pieces: string[] = [];
  mapText(content, (text) => {
    pieces.push(text);
    return [text];
  });
  return pieces.join('\n');
}
