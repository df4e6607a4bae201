import { DETAIL_MESSAGES } from '@/i18n/detail-messages';
import { useExtendedT } from '@/i18n/use-section-t';
import type { Basis } from '@/model/assignment';

/** The basis of an assignment, with derived rules marked apart from the report's own. */
export function BasisLabel({ basis }: { basis: Basis }) {
  const t = useExtendedT(DETAIL_MESSAGES);
  if (basis.source === 'override')
    return <span className="basis basis-override">{t('detail.basisOverride')}</span>;
  if (basis.source === 'derived') {
    return (
      <span className="basis basis-derived">
        {t('detail.basisDerived', { section: basis.section })}
      </span>
    );
  }
  return (
    <span className="basis basis-report">
      {t('detail.basisReport', { section: basis.section })}
    </span>
  );
}
