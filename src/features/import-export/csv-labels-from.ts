import { describeBasis } from '@/export/basis-words';
import type { CsvLabels } from '@/export/csv/csv-labels';
import { basisWordsFrom } from '@/i18n/basis-words-from';
import { describeRow } from '@/i18n/describe-row';
import type { FilesKey } from '@/i18n/files-messages';
import type { Translate } from '@/i18n/translate';

/** A translate function over the files texts. */
export type FilesTranslate = (
  key: FilesKey,
  params?: Readonly<Record<string, string | number>>,
) => string;

/** The CSV's label columns in the user's language. */
export function csvLabelsFrom(t: Translate, f: FilesTranslate): CsvLabels {
  return {
    engagement: (engagement, index) => engagement.name || f('export.engagementN', { n: index + 1 }),
    row: (row) => describeRow(row, t).name,
    role: (role) => t(`role.${role}`),
    basis: (basis) => describeBasis(basis, basisWordsFrom(t)),
    yes: f('export.yes'),
    no: f('export.no'),
  };
}
