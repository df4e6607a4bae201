import { useT } from '@/i18n/i18n-provider';

/** The combined view (to be built out). */
export function CombinedView() {
  const t = useT();
  return (
    <section aria-labelledby="view-heading">
      <h2 id="view-heading">{t('nav.combined')}</h2>
    </section>
  );
}
