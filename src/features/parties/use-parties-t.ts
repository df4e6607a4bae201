import { PARTIES_MESSAGES } from '@/i18n/parties-messages';
import { useSectionT } from '@/i18n/use-section-t';

/** Translates the texts of the parties and engagements view. */
export function usePartiesT() {
  return useSectionT(PARTIES_MESSAGES);
}

/** The translate function of this view. */
export type PartiesT = ReturnType<typeof usePartiesT>;
