/**
 * The columns of our CSV, in order. The export writes the same list (it cannot be imported from
 * there: import and export do not depend on each other); a test holds the two equal.
 */
export const CSV_IMPORT_COLUMNS = [
  'engagement_id',
  'engagement',
  'layer_id',
  'layer',
  'role_id',
  'role',
  'party',
  'duty',
  'scope',
  'via',
  'basis',
  'overridden',
  'reason',
] as const;

/** A column of our CSV. */
export type CsvImportColumn = (typeof CSV_IMPORT_COLUMNS)[number];
