import { describe, expect, it } from 'vitest';
import {
  ALL_SCENARIOS,
  buildEngagement,
  buildOperationsService,
  buildSecurityService,
} from '../../tests/support/test-builders';
import type { Assignment, Basis } from './assignment';
import { isDerivedBasis } from './assignment';
import { deriveBaseline } from './derive-baseline';
import { ROLES } from './roles';

// Written by hand from domain §2's table of supporters, not from the model.
const REPORT: Basis = { source: 'report', section: '§2.3.2' };
const REPORT_SCOPE_DERIVED: Basis = {
  source: 'report',
  section: '§2.3.2',
  scopeDerivedFrom: '§2.3.1',
};
const DERIVED_FROM_DEFINITION: Basis = { source: 'derived', section: '§2.3.1' };
const ASSURANCE_ROW: Basis = { source: 'derived', section: '§2.4' };

function expectedBasis(assignment: Assignment, mode: string, rowKind: string): Basis {
  if (rowKind === 'assurance') return ASSURANCE_ROW;
  if (assignment.duty === 'owner') return REPORT;
  if (assignment.via === 'opsService' && mode === 'cloudService') return DERIVED_FROM_DEFINITION;
  return REPORT_SCOPE_DERIVED;
}

const VARIANTS = [
  { name: 'no assurance service', security: false, ops: false },
  { name: 'a security service', security: true, ops: false },
  { name: 'an operations service', security: false, ops: true },
  { name: 'both assurance services', security: true, ops: true },
] as const;

const CASES = ALL_SCENARIOS.flatMap((scenario) =>
  VARIANTS.map((variant) => ({ ...scenario, ...variant })),
);

describe('deriveBaseline: the basis of every assignment (domain §2)', () => {
  it.each(CASES)(
    'cites the report only where it says so in $resourceService / $mode with $name',
    ({ resourceService, mode, security, ops }) => {
      const engagement = buildEngagement({
        resourceService,
        mode,
        securityServices: security ? [buildSecurityService()] : [],
        operationsService: ops ? buildOperationsService() : null,
      });
      const matrix = deriveBaseline(engagement);
      let supporters = 0;
      for (const row of matrix.rows) {
        for (const role of ROLES) {
          for (const assignment of row.cells[role].assignments) {
            if (assignment.duty === 'supporter') supporters += 1;
            expect(assignment.basis).toEqual(expectedBasis(assignment, mode, row.kind));
          }
        }
      }
      // Supporters exist exactly when a service that can carry them is in scope.
      const opsOffered = ops && mode !== 'softwareDelivery';
      expect(supporters > 0).toBe(security || opsOffered);
    },
  );

  it.each([
    { basis: REPORT, derived: false },
    { basis: REPORT_SCOPE_DERIVED, derived: true },
    { basis: DERIVED_FROM_DEFINITION, derived: true },
    { basis: ASSURANCE_ROW, derived: true },
    { basis: { source: 'override' } as const, derived: false },
  ])('marks $basis as derived: $derived', ({ basis, derived }) => {
    expect(isDerivedBasis(basis)).toBe(derived);
  });

  it('marks the boundary supporter of the operations service in cloud-service mode as derived, not §2.3.2', () => {
    const matrix = deriveBaseline(buildEngagement({ operationsService: buildOperationsService() }));
    const boundary = matrix.rows.find((row) => row.position === 'boundary');
    expect(boundary?.cells.provider.assignments.map((a) => a.basis)).toEqual([
      REPORT,
      DERIVED_FROM_DEFINITION,
    ]);
  });
});
