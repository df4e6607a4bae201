import { describeBasis } from '@/export/basis-words';
import type { CsvLabels } from '@/export/csv/csv-labels';
import type { AreaKey } from '@/i18n/area-loaders';
import { basisWordsFrom } from '@/i18n/basis-words-from';
import { describeRow } from '@/i18n/describe-row';
import type { MessageParams, Translate } from '@/i18n/translate';

/**
 * A translate function asked only for the files area's keys: `Translate<'files'>` fits, and so does
 * a function over that area alone (the annex labels pass one).
 */
export type FilesTranslate = (key: AreaKey<'files'>, params?: MessageParams) => string;

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
