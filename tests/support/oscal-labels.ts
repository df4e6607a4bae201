import type { OscalLabels } from '@/export/oscal/oscal-labels';
import { oscalLabelsFrom } from '@/features/import-export/oscal-labels-from';
import type { Language } from '@/i18n/languages';
import { loadTranslate } from '@/i18n/load-translate';

/** The OSCAL labels the UI would make in a language, for tests. */
export async function oscalLabels(language: Language): Promise<OscalLabels> {
  const t = await loadTranslate(language, 'files', 'oscal');
  return oscalLabelsFrom(t, t, t);
}
