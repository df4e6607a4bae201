import { useT } from '@/i18n/i18n-provider';

/** The parties view (to be built out). */
export function PartiesView() {
  const t = useT();
  return (
    <section aria-labelledby="view-heading">
      <h2 id="view-heading">{t('nav.parties')}</h2>
    </section>
  );
}
