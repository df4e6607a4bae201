import type { Basis, MatrixRow } from '@/model/assignment';
import type { Role } from '@/model/roles';
import type { Engagement } from '@/model/workspace';

/**
 * The words of the CSV's label columns in the user's language. Exports may not use i18n, so the
 * UI fills this from its translations. Duty, scope and via are written as ids, not through labels.
 */
export interface CsvLabels {
  /** The name of an engagement, with a fallback such as "Engagement 2" (index is 0-based) when it has none. */
  engagement(engagement: Engagement, index: number): string;
  /** The name of a matrix row: an asset layer, or an assurance service's own row. */
  row(row: MatrixRow, engagement: Engagement): string;
  role(role: Role): string;
  /** Why an assignment is there, e.g. "§2.3.2 (report)" or "Override". */
  basis(basis: Basis): string;
  /** The `overridden` column: whether the cell differs from the baseline. */
  readonly yes: string;
  readonly no: string;
}
