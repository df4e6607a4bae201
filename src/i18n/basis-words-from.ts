import type { ReportSection } from '@/model/assignment';
import type { Translate } from './translate';

/** The words of a basis from the main dictionary (the shape of the exports' `BasisWords`). */
export function basisWordsFrom(t: Translate) {
  return {
    report: (section: ReportSection) => t('matrix.basisReport', { section }),
    derived: (section: ReportSection) => t('matrix.basisDerived', { section }),
    scopeDerived: (section: ReportSection) => t('matrix.basisScopeDerived', { section }),
    override: t('matrix.basisOverride'),
  };
}
