import type { AnnexBlock, AnnexSection } from '@/export/annex/annex-model';

/** Ids for a section's headings, and for each table the headings that name it. */
export interface SectionLabels {
  readonly headingIds: ReadonlyMap<AnnexBlock, string>;
  readonly tableLabels: ReadonlyMap<AnnexBlock, string>;
  /** The id of the section's main heading, for the section's own name. */
  readonly sectionLabel: string | undefined;
}

/**
 * Names every table by the section's heading and the heading right before it ("Engagement 1 …
 * Responsibility matrix"), so a reader of the screen finds each table by name without a caption
 * that the PDF would not print.
 */
export function labelSection(section: AnnexSection): SectionLabels {
  const headingIds = new Map<AnnexBlock, string>();
  const tableLabels = new Map<AnnexBlock, string>();
  let main: string | undefined;
  let last: string | undefined;
  const visit = (block: AnnexBlock) => {
    if (block.kind === 'group') {
      block.blocks.forEach(visit);
    } else if (block.kind === 'heading') {
      const id = `print-${section.id}-${headingIds.size + 1}`;
      headingIds.set(block, id);
      if (block.level === 1 && main === undefined) main = id;
      last = id;
    } else if (block.kind === 'table' || block.kind === 'fields') {
      const ids = [main, last === main ? undefined : last].filter(Boolean);
      if (ids.length > 0) tableLabels.set(block, ids.join(' '));
    }
  };
  section.blocks.forEach(visit);
  return { headingIds, tableLabels, sectionLabel: main };
}
