import { useT } from '@/i18n/i18n-provider';

/** The party view (to be built out). */
export function PartyDutiesView() {
  const t = useT();
  return (
    <section aria-labelledby="view-heading">
      <h2 id="view-heading">{t('nav.party')}</h2>
    </section>
  );
}
