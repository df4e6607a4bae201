import type { MatrixRow } from './assignment';

/**
 * A matrix's rows as the report's figures stack them and as every view, export and annex reads
 * them: business data on top down to the facility, then the assurance services' own rows.
 */
export function inReadingOrder(rows: readonly MatrixRow[]): MatrixRow[] {
  const layers = rows.filter((row) => row.kind === 'layer').reverse();
  return [...layers, ...rows.filter((row) => row.kind !== 'layer')];
}
