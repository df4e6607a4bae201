import type { Content, TableCell } from 'pdfmake/interfaces';
import type {
  AnnexBlock,
  AnnexCell,
  AnnexSignatory,
  AnnexTable,
  AnnexTableKind,
} from '@/export/annex/annex-model';
import { GRID_LAYOUT, OWNER_FILL } from './annex-styles';

type Width = number | '*';

/** Column widths per table of the annex; the RACI has a column per department between two fixed. */
function widthsOf(kind: AnnexTableKind, columns: number): Width[] {
  switch (kind) {
    case 'parties':
      return ['*', '*'];
    case 'matrix':
      return [88, '*', '*', '*'];
    case 'deviations':
      return [84, '*', '*', '*'];
    case 'raci':
      return [120, ...Array.from({ length: Math.max(0, columns - 2) }, () => '*' as const), 80];
    case 'plan':
      return [64, '*', '*', '*', '*'];
    case 'joint':
      return [80, '*', 90, 80];
    case 'agreementSignatures':
      return ['*', '*', '*', 56, 70, 40];
  }
}

// Both tints print as the same light grey: never the only carrier of meaning.
const FILL = { owner: OWNER_FILL, attention: OWNER_FILL } as const;

function cell(value: AnnexCell, style?: string): TableCell {
  const fill = value.tint ? { fillColor: FILL[value.tint] } : {};
  const styled = style ? { style } : {};
  if (value.hints === undefined) return { text: value.text, ...styled, ...fill };
  return {
    ...styled,
    ...fill,
    stack: [{ text: value.text }, ...value.hints.map((hint) => ({ text: hint, style: 'small' }))],
  };
}

function table(block: AnnexTable): Content {
  return {
    style: 'table',
    layout: GRID_LAYOUT,
    table: {
      headerRows: 1,
      ...(block.rowsWhole === undefined ? {} : { dontBreakRows: block.rowsWhole }),
      widths: widthsOf(block.table, block.header.length),
      body: [
        block.header.map((value) => cell(value, 'tableHeader')),
        ...block.rows.map((row) => row.map((value) => cell(value))),
      ],
    },
  };
}

const BLANK: TableCell = '';

function signatureBlock(signatory: AnnexSignatory): TableCell {
  return {
    margin: [0, 4, 12, 14],
    stack: [
      { text: signatory.name, fontSize: 11 },
      { text: signatory.roles, style: 'small', margin: [0, 0, 0, 18] },
      { text: signatory.signatureLine, margin: [0, 0, 0, 14] },
      { text: signatory.dateLine },
    ],
  };
}

/** Signature blocks two to a row; each row moves whole to the next page rather than split. */
function signatureRows(signatories: readonly AnnexSignatory[]): Content[] {
  const blocks = signatories.map(signatureBlock);
  const rows: Content[] = [];
  for (let i = 0; i < blocks.length; i += 2) {
    rows.push({
      unbreakable: true,
      layout: 'noBorders',
      fontSize: 9.5,
      table: { widths: ['*', '*'], body: [[blocks[i] ?? BLANK, blocks[i + 1] ?? BLANK]] },
    });
  }
  return rows;
}

const LIST_STYLE = {
  body: { margin: [0, 4, 0, 8] },
  compact: { fontSize: 9 },
  note: { style: 'note' },
} as const;

/** One block of the annex model as pdfmake content (a signature block gives a row per two). */
export function renderBlock(block: AnnexBlock): Content[] {
  switch (block.kind) {
    case 'heading':
      return [{ text: block.text, style: block.level === 1 ? 'h1' : 'h2' }];
    case 'paragraph':
      if (block.tone === 'body') return [{ text: block.text }];
      return [
        {
          text: block.text,
          style: 'note',
          ...(block.tone === 'alert' ? { color: '#b3261e' } : {}),
        },
      ];
    case 'lines':
      return [{ style: 'note', stack: block.lines.map((text) => ({ text })) }];
    case 'list':
      return [
        {
          ul: block.items.map(
            (item): Content =>
              item.detail === undefined
                ? item.text
                : {
                    text: [`${item.text}\n`, { text: item.detail, style: 'small' }],
                    margin: [0, 0, 0, 3],
                  },
          ),
          ...LIST_STYLE[block.tone],
        } as Content,
      ];
    case 'fields':
      return [block.look === 'grid' ? gridFields(block.rows) : plainFields(block.rows)];
    case 'table':
      return [table(block)];
    case 'signatures':
      return signatureRows(block.signatories);
    case 'group': {
      const stack = renderBlocks(block.blocks);
      return [block.keep ? { stack, unbreakable: true } : { stack }];
    }
  }
}

/** Label and value pairs as a ruled table, the labels shaded as headers. */
export function gridFields(rows: readonly (readonly [string, string])[]): Content {
  return {
    style: 'table',
    layout: GRID_LAYOUT,
    table: {
      widths: [96, '*'],
      body: rows.map(([label, value]) => [{ text: label, style: 'tableHeader' }, { text: value }]),
    },
  };
}

function plainFields(rows: readonly (readonly [string, string])[]): Content {
  return {
    layout: 'noBorders',
    fontSize: 9,
    margin: [0, 0, 0, 6],
    table: {
      widths: [96, '*'],
      body: rows.map(([label, value]) => [{ text: label, style: 'small' }, { text: value }]),
    },
  };
}

/**
 * Blocks in order. A heading right before signature rows moves with the first row, so it is never
 * left alone at the foot of a page.
 */
export function renderBlocks(blocks: readonly AnnexBlock[]): Content[] {
  const out: Content[] = [];
  blocks.forEach((block, index) => {
    const next = blocks[index + 1];
    if (block.kind === 'heading' && next?.kind === 'signatures') return;
    const rendered = renderBlock(block);
    const previous = blocks[index - 1];
    const [first, ...rest] = rendered;
    if (block.kind === 'signatures' && previous?.kind === 'heading' && first !== undefined) {
      out.push({ stack: [...renderBlock(previous), first], unbreakable: true }, ...rest);
      return;
    }
    out.push(...rendered);
  });
  return out;
}
