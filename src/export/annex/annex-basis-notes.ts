import { basisKey, describeBasis } from '@/export/basis-words';
import { ASSET_LAYERS } from '@/model/asset-layers';
import type { Basis, Matrix } from '@/model/assignment';
import { isOperationsServiceOffered } from '@/model/assurance-scope';
import { inReadingOrder } from '@/model/reading-order';
import { ROLES } from '@/model/roles';
import type { Engagement, Workspace } from '@/model/workspace';
import type { AnnexLabels, DerivedRule } from './annex-labels';
import type { AnnexBlock } from './annex-model';
import { engagementTitle, OVERRIDE_MARK, rowName } from './annex-names';
import { estimateLines, heading, keepTogether, note } from './annex-size';

/** One basis and the rows (or, for overrides, the cells) that rest on it. */
export interface BasisGroup {
  readonly basis: Basis;
  readonly places: readonly string[];
}

/**
 * Groups what a matrix rests on: report sections and derived readings by row, overrides by cell,
 * in reading order, report first, then derived, then the contract's own changes.
 */
export function groupBases(
  engagement: Engagement,
  matrix: Matrix,
  labels: AnnexLabels,
): BasisGroup[] {
  const groups = new Map<string, { basis: Basis; places: string[] }>();
  for (const row of inReadingOrder(matrix.rows)) {
    for (const role of ROLES) {
      for (const { basis } of row.cells[role].assignments) {
        const name = rowName(row, engagement, labels);
        const place = basis.source === 'override' ? `${name} / ${labels.role(role)}` : name;
        const group = groups.get(basisKey(basis)) ?? { basis, places: [] };
        if (!group.places.includes(place)) group.places.push(place);
        groups.set(basisKey(basis), group);
      }
    }
  }
  const order = ['report', 'derived', 'override'];
  const layerNames = ASSET_LAYERS.map((layer) => labels.layer(layer));
  return [...groups.values()]
    .sort((a, b) => order.indexOf(a.basis.source) - order.indexOf(b.basis.source))
    .map(({ basis, places }) =>
      // Five layer names in every engagement say less than "every asset layer".
      basis.source !== 'override' && layerNames.every((name) => places.includes(name))
        ? {
            basis,
            places: [labels.basis.everyLayer, ...places.filter((p) => !layerNames.includes(p))],
          }
        : { basis, places },
    );
}

function basisTitle(basis: Basis, labels: AnnexLabels): string {
  const words = describeBasis(basis, labels.basis);
  return basis.source === 'override' ? `${words} ${OVERRIDE_MARK}` : words;
}

function hasBasis(matrices: readonly Matrix[], test: (basis: Basis) => boolean): boolean {
  return matrices.some((matrix) =>
    matrix.rows.some((row) =>
      ROLES.some((role) => row.cells[role].assignments.some((a) => test(a.basis))),
    ),
  );
}

/** The derived rules the workspace rests on, so a reader never takes our reading for the report's. */
export function findDerivedRules(workspace: Workspace, matrices: readonly Matrix[]): DerivedRule[] {
  const rules: DerivedRule[] = [];
  if (matrices.some((matrix) => matrix.rows.some((row) => row.kind === 'assurance'))) {
    rules.push('assuranceRows');
  }
  if (hasBasis(matrices, (b) => b.source === 'report' && b.scopeDerivedFrom !== undefined)) {
    rules.push('supporterScope');
  }
  if (hasBasis(matrices, (b) => b.source === 'derived' && b.section === '§2.3.1')) {
    rules.push('operationsSupportInCloudService');
  }
  const engagements = workspace.engagements;
  if (engagements.some((e) => e.securityServices.some((s) => s.layers === 'default'))) {
    rules.push('securityServiceCoverage');
  }
  const defaultOps = (e: Engagement) =>
    e.operationsService?.layers === 'default' && isOperationsServiceOffered(e.mode);
  if (engagements.some(defaultOps)) rules.push('operationsServiceCoverage');
  return rules;
}

/**
 * The basis notes: per engagement what rests on which report section or reading, then the derived
 * rules, then the laws and standards the report cites (§1.1).
 */
export function buildBasisNotes(
  workspace: Workspace,
  matrices: ReadonlyMap<string, Matrix>,
  labels: AnnexLabels,
): AnnexBlock[] {
  const intro = note(labels.basis.intro);
  const list = (texts: readonly string[]): AnnexBlock => ({
    kind: 'list',
    tone: 'compact',
    items: texts.map((text) => ({ text })),
  });
  const sections = workspace.engagements.map((engagement, index) => {
    const matrix = matrices.get(engagement.id);
    const groups = matrix ? groupBases(engagement, matrix, labels) : [];
    const items = groups.map((group) =>
      labels.document.field(
        basisTitle(group.basis, labels),
        group.places.join(labels.document.listSeparator),
      ),
    );
    const lines = items.reduce((sum, item) => sum + estimateLines(item, 40), 2);
    return keepTogether(
      [
        // The intro travels with the first section, so the heading above is never left alone.
        ...(index === 0 ? [intro] : []),
        heading(engagementTitle(engagement, index, labels), 2),
        list(items),
      ],
      lines + (index === 0 ? 2 : 0),
    );
  });
  const rules = findDerivedRules(workspace, [...matrices.values()]).map((rule) =>
    labels.basis.derivedRule(rule),
  );
  const ruleLines = rules.reduce((sum, rule) => sum + estimateLines(rule, 50), 2);
  const references = labels.basis.references.map((reference) =>
    labels.document.field(reference.name, reference.reason),
  );
  const referenceLines = references.reduce((sum, item) => sum + estimateLines(item, 50), 2);
  return [
    ...(sections.length > 0 ? sections : [intro]),
    ...(rules.length > 0
      ? [keepTogether([heading(labels.basis.derivedRulesHeading, 2), list(rules)], ruleLines)]
      : []),
    keepTogether([heading(labels.basis.referencesHeading, 2), list(references)], referenceLines),
  ];
}
