import type { AnnexLabels } from '@/export/annex/annex-labels';
import type { CsvLabels } from '@/export/csv/csv-labels';
import type { WorkbookLabels } from '@/export/xlsx/workbook-labels';
import { CROSSWALK_MESSAGES, type CrosswalkTranslate } from '@/i18n/crosswalk-messages';
import { FILES_MESSAGES } from '@/i18n/files-messages';
import type { Language } from '@/i18n/languages';
import { makeTranslate } from '@/i18n/translate';
import { sectionTranslate } from '@/i18n/use-section-t';
import { annexLabelsFor } from './annex-labels-for';
import { csvLabelsFrom, type FilesTranslate } from './csv-labels-from';
import { WORKBOOK_MESSAGES, type WorkbookTranslate } from './workbook-messages';

/** The workbook's words in one language, made from the language alone (the button and the tests). */
export function workbookLabelsFor(language: Language): WorkbookLabels {
  const f = sectionTranslate(FILES_MESSAGES, language);
  return workbookLabelsFrom(
    f,
    sectionTranslate(WORKBOOK_MESSAGES, language),
    sectionTranslate(CROSSWALK_MESSAGES, language),
    annexLabelsFor(language),
    csvLabelsFrom(makeTranslate(language), f),
  );
}

/** The workbook's words in the user's language, on top of the annex's and the CSV's. */
function workbookLabelsFrom(
  f: FilesTranslate,
  w: WorkbookTranslate,
  c: CrosswalkTranslate,
  annex: AnnexLabels,
  csv: CsvLabels,
): WorkbookLabels {
  return {
    annex,
    csv,
    sheet: {
      contract: w('workbook.sheet.contract'),
      matrix: (n) => w('workbook.sheet.matrix', { n }),
      rows: w('workbook.sheet.rows'),
      partyDuties: w('workbook.sheet.partyDuties'),
      deviations: w('workbook.sheet.deviations'),
      plan: w('workbook.sheet.plan'),
      raci: w('workbook.sheet.raci'),
      checks: w('workbook.sheet.checks'),
      signOff: w('workbook.sheet.signOff'),
    },
    column: {
      engagement: w('workbook.column.engagement'),
      party: w('workbook.column.party'),
      role: w('workbook.column.role'),
      duty: w('workbook.column.duty'),
      changed: w('workbook.column.changed'),
      reason: w('workbook.column.reason'),
      severity: w('workbook.column.severity'),
      principle: w('workbook.column.principle'),
      finding: w('workbook.column.finding'),
      where: w('workbook.column.where'),
      signerName: w('workbook.column.signerName'),
      signerTitle: w('workbook.column.signerTitle'),
      from: w('workbook.column.from'),
      to: w('workbook.column.to'),
      department: w('workbook.column.department'),
      letters: w('workbook.column.letters'),
    },
    crosswalk: {
      heading: c('crosswalk.column'),
      ccm: c('crosswalk.ccmColumn'),
      fedramp: c('crosswalk.fedrampColumn'),
      shared: c('crosswalk.sharedColumn'),
      none: c('crosswalk.none'),
      values: (row) => [
        row.thirdPartySupport
          ? `${c(`crosswalk.ccm.${row.ccm}`)}${annex.document.aside(c('crosswalk.thirdPartySupport'))}`
          : c(`crosswalk.ccm.${row.ccm}`),
        c(`crosswalk.fedramp.${row.fedramp}`),
        c(`crosswalk.shared.${row.shared}`),
      ],
      derivedNote: c('crosswalk.derivedNote'),
      ccmNote: c('crosswalk.ccmNote'),
    },
    legend: { owner: w('workbook.legend.owner'), supporter: w('workbook.legend.supporter') },
    nothing: w('workbook.nothing'),
    yes: f('export.yes'),
    no: f('export.no'),
    signOffNote: w('workbook.signOffNote'),
  };
}
