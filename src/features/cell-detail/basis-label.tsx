import { describeBasis } from '@/export/basis-words';
import { useT } from '@/i18n/i18n-provider';
import { type Basis, isDerivedBasis } from '@/model/assignment';

/**
 * The basis of an assignment, with derived rules marked apart from the report's own: a report-based
 * supporter whose scope we derived says so, and anything derived carries the † mark.
 */
export function BasisLabel({ basis }: { basis: Basis }) {
  const t = useT('detail');
  const kind =
    basis.source === 'override' ? 'override' : isDerivedBasis(basis) ? 'derived' : 'report';
  return (
    <span className={`basis basis-${kind}`}>
      {describeBasis(basis, {
        report: (section) => t('detail.basisReport', { section }),
        derived: (section) => t('detail.basisDerived', { section }),
        scopeDerived: (section) => t('detail.basisScopeDerived', { section }),
        override: t('detail.basisOverride'),
      })}
    </span>
  );
}
