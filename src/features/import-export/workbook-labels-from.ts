import type { AnnexLabels } from '@/export/annex/annex-labels';
import type { CsvLabels } from '@/export/csv/csv-labels';
import type { WorkbookLabels } from '@/export/xlsx/workbook-labels';
import type { Language } from '@/i18n/languages';
import { loadTranslate } from '@/i18n/load-translate';
import type { Translate } from '@/i18n/translate';
import { annexLabelsFor } from './annex-labels-for';
import { csvLabelsFrom } from './csv-labels-from';

/** The workbook's words in one language, made from the language alone (the button and the tests). */
export async function workbookLabelsFor(language: Language): Promise<WorkbookLabels> {
  const [t, annex] = await Promise.all([
    loadTranslate(language, 'files', 'workbook', 'crosswalk'),
    annexLabelsFor(language),
  ]);
  return workbookLabelsFrom(t, annex, csvLabelsFrom(t, t));
}

/** The workbook's words in the user's language, on top of the annex's and the CSV's. */
function workbookLabelsFrom(
  t: Translate<'files' | 'workbook' | 'crosswalk'>,
  annex: AnnexLabels,
  csv: CsvLabels,
): WorkbookLabels {
  return {
    annex,
    csv,
    sheet: {
      contract: t('workbook.sheet.contract'),
      matrix: (n) => t('workbook.sheet.matrix', { n }),
      rows: t('workbook.sheet.rows'),
      partyDuties: t('workbook.sheet.partyDuties'),
      deviations: t('workbook.sheet.deviations'),
      plan: t('workbook.sheet.plan'),
      raci: t('workbook.sheet.raci'),
      checks: t('workbook.sheet.checks'),
      signOff: t('workbook.sheet.signOff'),
    },
    column: {
      engagement: t('workbook.column.engagement'),
      party: t('workbook.column.party'),
      role: t('workbook.column.role'),
      duty: t('workbook.column.duty'),
      changed: t('workbook.column.changed'),
      reason: t('workbook.column.reason'),
      severity: t('workbook.column.severity'),
      principle: t('workbook.column.principle'),
      finding: t('workbook.column.finding'),
      where: t('workbook.column.where'),
      signerName: t('workbook.column.signerName'),
      signerTitle: t('workbook.column.signerTitle'),
      from: t('workbook.column.from'),
      to: t('workbook.column.to'),
      department: t('workbook.column.department'),
      letters: t('workbook.column.letters'),
    },
    crosswalk: {
      heading: t('crosswalk.column'),
      ccm: t('crosswalk.ccmColumn'),
      fedramp: t('crosswalk.fedrampColumn'),
      shared: t('crosswalk.sharedColumn'),
      none: t('crosswalk.none'),
      values: (row) => [
        row.thirdPartySupport
          ? `${t(`crosswalk.ccm.${row.ccm}`)}${annex.document.aside(t('crosswalk.thirdPartySupport'))}`
          : t(`crosswalk.ccm.${row.ccm}`),
        t(`crosswalk.fedramp.${row.fedramp}`),
        t(`crosswalk.shared.${row.shared}`),
      ],
      derivedNote: t('crosswalk.derivedNote'),
      ccmNote: t('crosswalk.ccmNote'),
    },
    legend: { owner: t('workbook.legend.owner'), supporter: t('workbook.legend.supporter') },
    nothing: t('workbook.nothing'),
    yes: t('export.yes'),
    no: t('export.no'),
    signOffNote: t('workbook.signOffNote'),
  };
}
