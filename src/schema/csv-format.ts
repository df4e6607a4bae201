/**
 * The columns of our CSV, in order; a file with any other header is refused by the importer.
 * Ids (`*_id`, duty, scope, via) are English and stable; the others are words for people.
 */
export const CSV_COLUMNS = [
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

/**
 * An optional last column: the SHA-256 fingerprint of the workspace's agreed content when the file
 * was written (domain §11), the same on every row. The importer reads past it.
 */
export const CSV_FINGERPRINT_COLUMN = 'content_fingerprint';

/** A column of our CSV. */
export type CsvColumn = (typeof CSV_COLUMNS)[number];

/**
 * Trailing columns with the row in reviewers' vocabularies (domain §9, derived): the export writes
 * them, the importer accepts a file with or without them and never reads them.
 */
export const CSV_CROSSWALK_COLUMNS = [
  'ccm_ssrm_ownership',
  'fedramp_inheritable',
  'shared_label',
] as const;

/** A crosswalk column of our CSV. */
export type CsvCrosswalkColumn = (typeof CSV_CROSSWALK_COLUMNS)[number];

/**
 * Cell starts that a spreadsheet could run as a formula or mangle (OWASP CSV injection); the export
 * puts a `'` before them and the import takes exactly that `'` away again.
 */
export const CSV_PROTECTED_STARTS = ['=', '+', '-', '@', '\t', '\r', '\n', '\0', "'"] as const;
