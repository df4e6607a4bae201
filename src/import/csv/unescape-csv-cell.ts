import { CSV_PROTECTED_STARTS } from '@/schema/csv-format';
/**
 * Undoes the export's protection exactly: drops one leading `'` only when the rest starts with a
 * protected character, so every exported value reads back as it was and no other apostrophe is lost.
 */
export function unescapeCsvCell(cell: string): string {
  if (cell.length < 2 || cell[0] !== "'") return cell;
  return (CSV_PROTECTED_STARTS as readonly string[]).includes(cell[1] as string)
    ? cell.slice(1)
    : cell;
}
