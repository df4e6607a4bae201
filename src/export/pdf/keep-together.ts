import type { Content } from 'pdfmake/interfaces';
import { PAGE_LINES } from '@/export/annex/annex-size';

/**
 * Keeps a heading with what follows it (so no heading is left alone at the foot of a page), when the
 * whole block is short enough that pdfmake can move it to the next page without losing any of it.
 */
export function keepTogether(parts: readonly Content[], estimatedLines: number): Content {
  const stack = [...parts];
  return estimatedLines <= PAGE_LINES ? { stack, unbreakable: true } : { stack };
}
