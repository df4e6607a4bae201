import type { OscalLabels } from '@/export/oscal/oscal-labels';
import { oscalLabelsFrom } from '@/features/import-export/oscal-labels-from';
import { OSCAL_MESSAGES } from '@/features/import-export/oscal-messages';
import { FILES_MESSAGES } from '@/i18n/files-messages';
import type { Language } from '@/i18n/languages';
import { fillMessage, makeTranslate } from '@/i18n/translate';

/** The OSCAL labels the UI would make in a language, for tests. */
export function oscalLabels(language: Language): OscalLabels {
  return oscalLabelsFrom(
    makeTranslate(language),
    (key, params) => fillMessage(FILES_MESSAGES[language][key], params),
    (key, params) => fillMessage(OSCAL_MESSAGES[language][key], params),
  );
}
