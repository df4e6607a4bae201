import { guideEn } from '@/i18n/guide-en';
import { guideZhCn } from '@/i18n/guide-zh-cn';
import { useSectionT } from '@/i18n/use-section-t';

const GUIDE_MESSAGES = { en: guideEn, 'zh-CN': guideZhCn };

/** The guide's own texts, loaded with the guide rather than with the first page. */
export function useGuideT() {
  return useSectionT(GUIDE_MESSAGES);
}
