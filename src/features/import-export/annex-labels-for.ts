import type { AnnexLabels } from '@/export/annex/annex-labels';
import { CROSSWALK_MESSAGES } from '@/i18n/crosswalk-messages';
import { FILES_MESSAGES } from '@/i18n/files-messages';
import type { Language } from '@/i18n/languages';
import { printEn } from '@/i18n/print-en';
import { printZhCn } from '@/i18n/print-zh-cn';
import { makeTranslate } from '@/i18n/translate';
import { sectionTranslate } from '@/i18n/use-section-t';
import { agreementLabelsFor } from './annex-agreement-labels';
import { annexLabelsFrom } from './annex-labels-from';
import { ANNEX_MESSAGES } from './annex-messages';

// The RACI and information-plan sections of the annex share their words with the printed annex.
const PRINT_MESSAGES = { en: printEn, 'zh-CN': printZhCn };

/**
 * The annex's labels in one language, made from the language alone so the export worker (where
 * functions cannot arrive from the page), the workbook button and the tests make the same ones.
 */
export function annexLabelsFor(language: Language): AnnexLabels {
  return annexLabelsFrom(
    makeTranslate(language),
    sectionTranslate(ANNEX_MESSAGES, language),
    sectionTranslate(PRINT_MESSAGES, language),
    sectionTranslate(CROSSWALK_MESSAGES, language),
    language,
    sectionTranslate(FILES_MESSAGES, language),
    agreementLabelsFor(language),
  );
}
