import { printEn } from '@/i18n/print-en';
import { printZhCn } from '@/i18n/print-zh-cn';
import { useSectionT } from '@/i18n/use-section-t';

const PRINT_MESSAGES = { en: printEn, 'zh-CN': printZhCn };

/** The printed annex's own texts, loaded with the annex rather than with the first page. */
export function usePrintT() {
  return useSectionT(PRINT_MESSAGES);
}

/** The translate function of the printed annex's own texts. */
export type PrintT = ReturnType<typeof usePrintT>;
