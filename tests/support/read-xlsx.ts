import { strFromU8, unzipSync } from 'fflate';

/** One sheet of a workbook as a test reads it. */
export interface ReadSheet {
  readonly name: string;
  /** Cell texts by address, e.g. `A1` (shared strings resolved, XML entities decoded). */
  readonly cells: ReadonlyMap<string, string>;
  /** The frozen pane: rows above and columns left of it, when there is one. */
  readonly frozen?: { readonly rows: number; readonly columns: number };
  readonly merges: readonly string[];
  readonly xml: string;
}

/** A workbook as a test reads it: its sheets in order and the workbook part. */
export interface ReadWorkbook {
  readonly sheets: readonly ReadSheet[];
  readonly workbookXml: string;
  readonly stylesXml: string;
}

function decode(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#(\d+);/g, (_m, n) => String.fromCodePoint(Number(n)))
    .replace(/&#x([0-9a-f]+);/gi, (_m, n) => String.fromCodePoint(Number.parseInt(n, 16)))
    .replace(/&amp;/g, '&');
}

function attribute(tag: string, name: string): string | undefined {
  return new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];
}

/**
 * Reads an .xlsx file with a zip reader and the sheet XML, without a spreadsheet library: sheet
 * names, cell texts, frozen panes and merged cells are what the tests check.
 */
export function readXlsx(bytes: Uint8Array): ReadWorkbook {
  const files = unzipSync(bytes);
  const text = (path: string) => {
    const file = files[path];
    if (!file) throw new Error(`missing ${path}`);
    return strFromU8(file);
  };
  const shared = [...text('xl/sharedStrings.xml').matchAll(/<si>(.*?)<\/si>/gs)].map((m) =>
    decode([...(m[1] ?? '').matchAll(/<t[^>]*>(.*?)<\/t>/gs)].map((t) => t[1]).join('')),
  );
  const workbookXml = text('xl/workbook.xml');
  const rels = text('xl/_rels/workbook.xml.rels');
  const sheets = [...workbookXml.matchAll(/<sheet\s[^>]*\/>/g)].map(([tag]) => {
    const id = attribute(tag, 'r:id');
    const relation =
      [...rels.matchAll(/<Relationship\s[^>]*\/>/g)].find(
        ([r]) => attribute(r, 'Id') === id,
      )?.[0] ?? '';
    const xml = text(`xl/${attribute(relation, 'Target') ?? ''}`);
    const cells = new Map<string, string>();
    for (const [, attrs = '', body = ''] of xml.matchAll(/<c\s([^>]*?)(?:\/>|>(.*?)<\/c>)/gs)) {
      const ref = attribute(` ${attrs}`, 'r') ?? '';
      const value = /<v>(.*?)<\/v>/s.exec(body)?.[1];
      const inline = /<t[^>]*>(.*?)<\/t>/s.exec(body)?.[1];
      if (attribute(` ${attrs}`, 't') === 's' && value !== undefined)
        cells.set(ref, shared[Number(value)] ?? '');
      else if (inline !== undefined) cells.set(ref, decode(inline));
      else if (value !== undefined) cells.set(ref, decode(value));
    }
    const pane = /<pane\s[^>]*state="frozen"[^>]*\/>/.exec(xml)?.[0];
    return {
      name: decode(attribute(tag, 'name') ?? ''),
      cells,
      frozen: pane
        ? {
            rows: Number(attribute(pane, 'ySplit') ?? 0),
            columns: Number(attribute(pane, 'xSplit') ?? 0),
          }
        : undefined,
      merges: [...xml.matchAll(/<mergeCell ref="([^"]+)"/g)].map((m) => m[1] ?? ''),
      xml,
    };
  });
  return { sheets, workbookXml, stylesXml: text('xl/styles.xml') };
}
