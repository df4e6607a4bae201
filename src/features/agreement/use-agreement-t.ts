import { AGREEMENT_MESSAGES } from '@/i18n/agreement-messages';
import { useSectionT } from '@/i18n/use-section-t';

/** The agreement panel's texts in the user's language. */
export function useAgreementT() {
  return useSectionT(AGREEMENT_MESSAGES);
}
