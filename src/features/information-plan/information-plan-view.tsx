import { useT } from '@/i18n/i18n-provider';

/** The plan view (to be built out). */
export function InformationPlanView() {
  const t = useT();
  return (
    <section aria-labelledby="view-heading">
      <h2 id="view-heading">{t('nav.plan')}</h2>
    </section>
  );
}
