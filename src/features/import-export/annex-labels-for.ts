import type { AnnexLabels } from '@/export/annex/annex-labels';
import type { Language } from '@/i18n/languages';
import { loadTranslate } from '@/i18n/load-translate';
import { ANNEX_AREAS, annexLabelsFrom } from './annex-labels-from';

/**
 * The annex's labels in one language, made from the language alone so the export worker (where
 * functions cannot arrive from the page), the workbook button and the tests make the same ones.
 */
export async function annexLabelsFor(language: Language): Promise<AnnexLabels> {
  return annexLabelsFrom(await loadTranslate(language, ...ANNEX_AREAS), language);
}
