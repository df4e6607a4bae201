import { basisKey } from '@/export/basis-words';
import type { Translate } from '@/i18n/translate';
import { ASSET_LAYERS } from '@/model/asset-layers';
import type { Basis, Matrix } from '@/model/assignment';
import { isOperationsServiceOffered } from '@/model/assurance-scope';
import { inReadingOrder } from '@/model/reading-order';
import { ROLES } from '@/model/roles';
import type { Engagement, Workspace } from '@/model/workspace';
import { rowName } from './print-names';
import type { PrintT } from './use-print-t';

/** One basis and the rows (or, for overrides, the cells) that rest on it. */
export interface BasisGroup {
  readonly basis: Basis;
  readonly places: readonly string[];
}

const SOURCE_ORDER: readonly Basis['source'][] = ['report', 'derived', 'override'];

/**
 * Groups what a matrix rests on: report sections and derived readings by row, overrides by cell, in
 * reading order; report first, then derived, then the contract's own changes.
 */
export function groupBases(
  engagement: Engagement,
  matrix: Matrix,
  t: Translate,
  p: PrintT,
): BasisGroup[] {
  const groups = new Map<string, { basis: Basis; places: string[] }>();
  for (const row of inReadingOrder(matrix.rows)) {
    const name = rowName(row, engagement, t, p);
    for (const role of ROLES) {
      for (const { basis } of row.cells[role].assignments) {
        const place = basis.source === 'override' ? `${name} / ${t(`role.${role}`)}` : name;
        const group = groups.get(basisKey(basis)) ?? { basis, places: [] };
        if (!group.places.includes(place)) group.places.push(place);
        groups.set(basisKey(basis), group);
      }
    }
  }
  const layerNames = ASSET_LAYERS.map((layer) => t(`layer.${layer}`));
  return [...groups.values()]
    .sort((a, b) => SOURCE_ORDER.indexOf(a.basis.source) - SOURCE_ORDER.indexOf(b.basis.source))
    .map(({ basis, places }) =>
      // Five layer names in every engagement say less than "every asset layer".
      basis.source !== 'override' && layerNames.every((name) => places.includes(name))
        ? {
            basis,
            places: [
              p('print.basis.everyLayer'),
              ...places.filter((place) => !layerNames.includes(place)),
            ],
          }
        : { basis, places },
    );
}

/** Our readings where the report is silent, and whether this workspace rests on each. */
export const DERIVED_RULES = [
  'assuranceRows',
  'supporterScope',
  'opsSupportCloud',
  'securityCoverage',
  'opsCoverage',
  'cellContext',
] as const;

/** One derived reading of the report. */
export type DerivedRule = (typeof DERIVED_RULES)[number];

function hasBasis(matrices: readonly Matrix[], test: (basis: Basis) => boolean): boolean {
  return matrices.some((matrix) =>
    matrix.rows.some((row) =>
      ROLES.some((role) => row.cells[role].assignments.some((a) => test(a.basis))),
    ),
  );
}

/** The derived rules a workspace rests on; the cell's principle and key link always apply. */
export function findDerivedRules(workspace: Workspace, matrices: readonly Matrix[]): DerivedRule[] {
  const engagements = workspace.engagements;
  const used: Record<DerivedRule, boolean> = {
    assuranceRows: matrices.some((matrix) => matrix.rows.some((row) => row.kind === 'assurance')),
    supporterScope: hasBasis(
      matrices,
      (b) => b.source === 'report' && b.scopeDerivedFrom !== undefined,
    ),
    opsSupportCloud: hasBasis(matrices, (b) => b.source === 'derived' && b.section === '§2.3.1'),
    securityCoverage: engagements.some((e) =>
      e.securityServices.some((s) => s.layers === 'default'),
    ),
    opsCoverage: engagements.some(
      (e) => e.operationsService?.layers === 'default' && isOperationsServiceOffered(e.mode),
    ),
    cellContext: true,
  };
  return DERIVED_RULES.filter((rule) => used[rule]);
}
