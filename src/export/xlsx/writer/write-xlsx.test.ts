import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { readXlsx } from '../../../../tests/support/read-xlsx';
import type { WorkbookSheet } from '../workbook-sheet';
import { writeXlsx } from './write-xlsx';

const bordered = { borderStyle: 'thin', borderColor: '#A6A6A6' } as const;

const sheet: WorkbookSheet = {
  name: "Bob's & <sheet>",
  widths: [10, 0, 20],
  headerRows: 1,
  rows: [
    [{ value: 'Title', fontWeight: 'bold', fontSize: 14, columnSpan: 3, ...bordered }, null, null],
    [],
    [
      { value: ' a & b <c> ', wrap: true, height: 30 },
      null,
      { value: '\u0001x\uFFFEy\u0085z\u{1FFFF}' },
    ],
    [{ value: '', backgroundColor: '#ddebf7', ...bordered }, { value: 'Title' }],
  ],
};

function parts(bytes: Uint8Array) {
  const files = unzipSync(bytes);
  return (path: string) => strFromU8(files[path] ?? new Uint8Array());
}

describe('writeXlsx', () => {
  it('writes cells by address, texts shared once, with unfit characters removed', () => {
    const book = readXlsx(writeXlsx([sheet]));
    const cells = book.sheets[0]?.cells;
    expect(book.sheets[0]?.name).toBe("Bob's & <sheet>");
    expect(cells?.get('A1')).toBe('Title');
    expect(cells?.get('A3')).toBe(' a & b <c> ');
    // A C0 control and noncharacters go; NEL (U+0085) is a fit character and stays.
    expect(cells?.get('C3')).toBe('xy\u0085z');
    expect(cells?.get('B4')).toBe('Title');
    expect(cells?.has('B3')).toBe(false);
    const strings = parts(writeXlsx([sheet]))('xl/sharedStrings.xml');
    expect(strings.match(/<si>/g)).toHaveLength(3);
    expect(strings).toContain('<t xml:space="preserve"> a &amp; b &lt;c&gt; </t>');
  });

  it('merges a span, carries its format across the covered cells, and sets row heights', () => {
    const xml = parts(writeXlsx([sheet]))('xl/worksheets/sheet1.xml');
    expect(xml).toContain('<mergeCells count="1"><mergeCell ref="A1:C1"/></mergeCells>');
    const format = /<c r="A1" s="(\d+)"/.exec(xml)?.[1];
    expect(xml).toContain(`<c r="B1" s="${format}"/><c r="C1" s="${format}"/>`);
    expect(xml).toContain('<row r="2"/>');
    expect(xml).toContain('<row r="3" ht="30" customHeight="1">');
    expect(xml).toContain('<cols><col min="1" max="1" width="10" customWidth="1"/>');
    expect(xml).not.toContain('<col min="2"');
    expect(xml).toMatch(/<pane ySplit="1" xSplit="1" topLeftCell="B2" [^>]*state="frozen"\/>/);
  });

  it('lists each distinct look once: fonts, fills, borders and formats', () => {
    const styles = parts(writeXlsx([sheet, sheet]))('xl/styles.xml');
    expect(styles).toContain('<fonts count="2">');
    expect(styles).toContain('<sz val="14"/><family val="2"/><b/>');
    expect(styles).toContain('<fills count="3">');
    expect(styles).toContain('<fgColor rgb="FFDDEBF7"/>');
    expect(styles).toContain('<borders count="2">');
    // The plain format every workbook starts with (cells naming no looks share it), the title,
    // the wrapped text and the filled empty cell.
    expect(styles).toContain('<cellXfs count="4">');
  });
});
