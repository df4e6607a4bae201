import type { AnnexBlock, AnnexCell, AnnexDocument } from '@/export/annex/annex-model';

function blockTexts(block: AnnexBlock): string[] {
  const cell = (value: AnnexCell) => [value.text, ...(value.hints ?? [])];
  switch (block.kind) {
    case 'heading':
    case 'paragraph':
      return [block.text];
    case 'lines':
      return [...block.lines];
    case 'list':
      return block.items.flatMap((item) =>
        item.detail === undefined ? [item.text] : [item.text, item.detail],
      );
    case 'fields':
      return block.rows.flat();
    case 'table':
      return [block.header, ...block.rows].flat().flatMap(cell);
    case 'signatures':
      return block.signatories.flatMap((s) => [s.name, s.roles, s.signatureLine, s.dateLine]);
    case 'group':
      return block.blocks.flatMap(blockTexts);
  }
}

function isBlockList(value: unknown): value is readonly AnnexBlock[] {
  return Array.isArray(value);
}

/** All text of a piece of the annex model in reading order, one piece a line, for assertions. */
export function annexText(
  value: AnnexDocument | AnnexBlock | AnnexCell | readonly AnnexBlock[],
): string {
  if (isBlockList(value)) return value.flatMap(blockTexts).join('\n');
  if ('sections' in value) {
    const head = [value.title, ...(value.subtitle === null ? [] : [value.subtitle])];
    return [...head, ...value.sections.flatMap((s) => s.blocks.flatMap(blockTexts))].join('\n');
  }
  if ('kind' in value) return blockTexts(value).join('\n');
  return [value.text, ...(value.hints ?? [])].join('\n');
}
