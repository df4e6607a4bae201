import { useT } from '@/i18n/i18n-provider';

/** The departments view (to be built out). */
export function DepartmentsView() {
  const t = useT();
  return (
    <section aria-labelledby="view-heading">
      <h2 id="view-heading">{t('nav.departments')}</h2>
    </section>
  );
}
