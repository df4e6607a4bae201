import { DEPARTMENTS_MESSAGES } from '@/i18n/departments-messages';
import { useSectionT } from '@/i18n/use-section-t';

/** The departments view's own texts, loaded with the view rather than with the first page. */
export function useDepartmentsT() {
  return useSectionT(DEPARTMENTS_MESSAGES);
}

/** The translate function of those texts. */
export type DepartmentsT = ReturnType<typeof useDepartmentsT>;
