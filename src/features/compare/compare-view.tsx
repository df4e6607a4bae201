import { useT } from '@/i18n/i18n-provider';

/** The compare view (to be built out). */
export function CompareView() {
  const t = useT();
  return (
    <section aria-labelledby="view-heading">
      <h2 id="view-heading">{t('nav.compare')}</h2>
    </section>
  );
}
