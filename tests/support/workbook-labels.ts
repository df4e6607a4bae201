import type { WorkbookLabels } from '@/export/xlsx/workbook-labels';
import { annexLabelsFrom } from '@/features/import-export/annex-labels-from';
import { ANNEX_MESSAGES } from '@/features/import-export/annex-messages';
import { csvLabelsFrom } from '@/features/import-export/csv-labels-from';
import { workbookLabelsFrom } from '@/features/import-export/workbook-labels-from';
import { WORKBOOK_MESSAGES } from '@/features/import-export/workbook-messages';
import { CROSSWALK_MESSAGES } from '@/i18n/crosswalk-messages';
import { FILES_MESSAGES, type FilesKey } from '@/i18n/files-messages';
import type { Language } from '@/i18n/languages';
import { printEn } from '@/i18n/print-en';
import { printZhCn } from '@/i18n/print-zh-cn';
import { fillMessage, makeTranslate } from '@/i18n/translate';

const PRINT = { en: printEn, 'zh-CN': printZhCn };

/** The workbook labels the UI would make in a language, for tests. */
export function workbookLabels(language: Language): WorkbookLabels {
  const t = makeTranslate(language);
  const f = (key: FilesKey, params?: Readonly<Record<string, string | number>>) =>
    fillMessage(FILES_MESSAGES[language][key], params);
  const annex = annexLabelsFrom(
    t,
    (key, params) => fillMessage(ANNEX_MESSAGES[language][key], params),
    (key, params) => fillMessage(PRINT[language][key], params),
    (key, params) => fillMessage(CROSSWALK_MESSAGES[language][key], params),
    language,
    f,
  );
  return workbookLabelsFrom(
    f,
    (key, params) => fillMessage(WORKBOOK_MESSAGES[language][key], params),
    (key, params) => fillMessage(CROSSWALK_MESSAGES[language][key], params),
    annex,
    csvLabelsFrom(t, f),
  );
}
