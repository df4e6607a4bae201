import type { WorkbookCell } from '../workbook-cell';
import { numbering } from './numbering';
import { SPREADSHEET_MAIN, XML_DECLARATION, xmlAttribute } from './xml-text';

/** The workbook's font where a cell names none. */
const FONT_NAME = 'Calibri';
const FONT_SIZE = 11;

/** The cell formats (xf) of a workbook, numbered as cells first use them, and its styles part. */
export interface StyleTable {
  /** The number of the cell format of a cell's looks, made on first use. */
  readonly formatOf: (cell: WorkbookCell) => number;
  /** xl/styles.xml with every format handed out so far. */
  readonly xml: () => string;
}

const rgb = (hex: string) => `FF${hex.slice(1).toUpperCase()}`;

function fontXml(cell: WorkbookCell): string {
  return (
    `<font><name val="${FONT_NAME}"/><sz val="${cell.fontSize ?? FONT_SIZE}"/><family val="2"/>` +
    `${cell.fontWeight === 'bold' ? '<b/>' : ''}${cell.fontStyle === 'italic' ? '<i/>' : ''}` +
    '<color theme="1"/></font>'
  );
}

function fillXml(color: string): string {
  return `<fill><patternFill patternType="solid"><fgColor rgb="${xmlAttribute(rgb(color))}"/><bgColor indexed="64"/></patternFill></fill>`;
}

function borderXml(cell: WorkbookCell): string {
  const style = cell.borderStyle ?? 'thin';
  const side = (name: string) =>
    cell.borderColor
      ? `<${name} style="${style}"><color rgb="${xmlAttribute(rgb(cell.borderColor))}"/></${name}>`
      : `<${name} style="${style}"/>`;
  return `<border>${side('left')}${side('right')}${side('top')}${side('bottom')}<diagonal/></border>`;
}

function alignmentXml(cell: WorkbookCell): string {
  if (!cell.alignVertical && !cell.wrap) return '';
  return `<alignment${cell.alignVertical ? ` vertical="${cell.alignVertical}"` : ''}${cell.wrap ? ' wrapText="1"' : ''}/>`;
}

// A format points at a font, maybe a fill and a border, each listed once, and aligns in place.
function formatXml(
  font: number,
  fill: number | undefined,
  border: number | undefined,
  alignment: string,
): string {
  return (
    `<xf fontId="${font}" applyFont="1"` +
    (fill === undefined ? '' : ` fillId="${fill}" applyFill="1"`) +
    (border === undefined ? '' : ` borderId="${border}" applyBorder="1"`) +
    (alignment ? ` applyAlignment="1">${alignment}</xf>` : '></xf>')
  );
}

/**
 * A style table for one workbook. Formats are found by a short key of the few looks a cell has,
 * since a large workbook has hundreds of thousands of cells and a handful of formats. Format 0 is the
 * plain workbook font; fills 0 and 1 are the two every workbook has (none and gray125).
 */
export function createStyleTable(): StyleTable {
  const fonts = numbering([fontXml({ value: '' })]);
  const fills = numbering([
    '<fill><patternFill patternType="none"/></fill>',
    '<fill><patternFill patternType="gray125"/></fill>',
  ]);
  const borders = numbering(['<border><left/><right/><top/><bottom/><diagonal/></border>']);
  const formats = numbering();

  const formatOf = (cell: WorkbookCell): number => {
    const fontKey = `${cell.fontWeight ?? ''}|${cell.fontStyle ?? ''}|${cell.fontSize ?? ''}`;
    const borderKey = `${cell.borderStyle ?? ''}|${cell.borderColor ?? ''}`;
    const key = `${fontKey}|${cell.backgroundColor ?? ''}|${borderKey}|${cell.alignVertical ?? ''}|${cell.wrap ? 1 : ''}`;
    return formats.numberOf(key, () => {
      const { backgroundColor } = cell;
      return formatXml(
        fontKey === '||' ? 0 : fonts.numberOf(fontKey, () => fontXml(cell)),
        backgroundColor
          ? fills.numberOf(backgroundColor, () => fillXml(backgroundColor))
          : undefined,
        borderKey === '|' ? undefined : borders.numberOf(borderKey, () => borderXml(cell)),
        alignmentXml(cell),
      );
    });
  };
  formatOf({ value: '' });

  return {
    formatOf,
    xml: () =>
      `${XML_DECLARATION}<styleSheet xmlns="${SPREADSHEET_MAIN}">` +
      `<fonts count="${fonts.xml.length}">${fonts.xml.join('')}</fonts>` +
      `<fills count="${fills.xml.length}">${fills.xml.join('')}</fills>` +
      `<borders count="${borders.xml.length}">${borders.xml.join('')}</borders>` +
      `<cellXfs count="${formats.xml.length}">${formats.xml.join('')}</cellXfs>` +
      '</styleSheet>',
  };
}
