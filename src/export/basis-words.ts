import { type Basis, isDerivedBasis, type ReportSection } from '@/model/assignment';

/** Marks an assignment any part of which rests on our derived reading rather than the report's text. */
export const DERIVED_MARK = '†';

/** The words of a basis in one language; the exports may not use i18n, so callers pass these in. */
export interface BasisWords {
  /** E.g. "Report §2.3.2". */
  readonly report: (section: ReportSection) => string;
  /** E.g. "Derived from §2.3.1". */
  readonly derived: (section: ReportSection) => string;
  /** What follows a report section when the scope is ours, e.g. "; scope derived from §2.3.1". */
  readonly scopeDerived: (section: ReportSection) => string;
  readonly override: string;
}

/**
 * A basis in words, as every export and view writes it (domain §2): the report's section, our
 * derived reading and what it is derived from, or the contract; with the † mark when any part of
 * it is derived, unless `mark` is false (a view that shows the mark itself).
 */
export function describeBasis(basis: Basis, words: BasisWords, mark = true): string {
  if (basis.source === 'override') return words.override;
  const main =
    basis.source === 'report' ? words.report(basis.section) : words.derived(basis.section);
  const scope =
    basis.source === 'report' && basis.scopeDerivedFrom !== undefined
      ? words.scopeDerived(basis.scopeDerivedFrom)
      : '';
  return `${main}${scope}${mark && isDerivedBasis(basis) ? ` ${DERIVED_MARK}` : ''}`;
}

/** A key that tells bases apart, for grouping what rests on each. */
export function basisKey(basis: Basis): string {
  if (basis.source === 'override') return 'override';
  return [basis.source, basis.section, basis.source === 'report' ? basis.scopeDerivedFrom : '']
    .filter(Boolean)
    .join(' ');
}
