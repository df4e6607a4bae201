import type { CsvLabels } from '@/export/csv/csv-labels';
import { describeRow } from '@/i18n/describe-row';
import type { Translate } from '@/i18n/translate';

/** The CSV's label columns in the user's language. */
export function csvLabelsFrom(t: Translate): CsvLabels {
  return {
    engagement: (engagement, index) => engagement.name || t('export.engagementN', { n: index + 1 }),
    row: (row) => describeRow(row, t).name,
    role: (role) => t(`role.${role}`),
    basis: (basis) =>
      basis.source === 'override'
        ? t('matrix.basisOverride')
        : t(basis.source === 'report' ? 'matrix.basisReport' : 'matrix.basisDerived', {
            section: basis.section,
          }),
    yes: t('export.yes'),
    no: t('export.no'),
  };
}
