import type { Assignment, Matrix, MatrixRow } from './assignment';
import { isSameAssignments } from './assignments-equal';
import { deriveCoverage, isOperationsServiceOffered } from './assurance-scope';
import { isLayerCovered } from './coverage';
import { type Finding, makeFinding } from './findings';
import { ROLES } from './roles';
import type { Engagement } from './workspace';

function allAssignments(row: MatrixRow): Assignment[] {
  return ROLES.flatMap((role) => row.cells[role].assignments);
}

/** Whether the assurance service a supporter names exists in the engagement and covers the row. */
function isSupportInScope(engagement: Engagement, row: MatrixRow, supporter: Assignment): boolean {
  const candidates =
    supporter.via === 'securityService'
      ? engagement.securityServices
      : engagement.operationsService && isOperationsServiceOffered(engagement.mode)
        ? [engagement.operationsService]
        : [];
  return candidates.some(
    (service) =>
      (supporter.serviceId === undefined || supporter.serviceId === service.id) &&
      (row.layer === undefined ||
        (supporter.via !== undefined &&
          deriveCoverage(supporter.via, engagement, service.layers).includes(row.layer))),
  );
}

function checkLayerRow(
  engagement: Engagement,
  row: MatrixRow & { layer: NonNullable<MatrixRow['layer']> },
) {
  const findings: Finding[] = [];
  const at = { engagementId: engagement.id, rowId: row.id, layer: row.layer };
  const all = allAssignments(row);
  const customerOwns = row.cells.customer.assignments.some((a) => a.duty === 'owner');
  if (!isLayerCovered(all)) findings.push(makeFinding('layer-uncovered', at));
  if (row.layer === 'businessData' && !customerOwns)
    findings.push(makeFinding('data-not-customer', at));
  if (row.layer === 'facility' && engagement.mode === 'cloudService') {
    const owners = ROLES.filter((role) =>
      row.cells[role].assignments.some((a) => a.duty === 'owner'),
    );
    if (!owners.includes('provider') || owners.some((role) => role !== 'provider')) {
      findings.push(makeFinding('facility-not-provider', at));
    }
  }
  const hasSupporter = all.some((a) => a.duty === 'supporter');
  if (hasSupporter && !customerOwns)
    findings.push(makeFinding('supporter-outside-customer-duty', at));
  return findings;
}

/**
 * Checks one engagement's matrix against the principles (domain §4): coverage, the baselines of
 * reasonable responsibility, supporters carried by a service in scope, and reasons for overrides.
 */
export function checkMatrix(engagement: Engagement, matrix: Matrix): Finding[] {
  const findings: Finding[] = [];
  for (const row of matrix.rows) {
    if (row.layer !== undefined)
      findings.push(...checkLayerRow(engagement, { ...row, layer: row.layer }));
    for (const role of ROLES) {
      const cell = row.cells[role];
      const at = {
        engagementId: engagement.id,
        rowId: row.id,
        role,
        ...(row.layer ? { layer: row.layer } : {}),
      };
      const unsupported = cell.assignments.some(
        (a) =>
          a.duty === 'supporter' && (a.via === undefined || !isSupportInScope(engagement, row, a)),
      );
      if (unsupported) findings.push(makeFinding('supporter-without-service', at));
      if (
        cell.overridden &&
        cell.reason.trim() === '' &&
        !isSameAssignments(cell.assignments, cell.baseline)
      ) {
        findings.push(makeFinding('override-without-reason', at));
      }
    }
  }
  return findings;
}

// The cell checks of a matrix depend on nothing else; `deriveMatrixMemo` keeps a matrix while its
// engagement and overrides stay, so in a workspace of many engagements an edit re-checks one.
const cellFindings = new WeakMap<Matrix, readonly Finding[]>();

/** `checkMatrix`, remembered per matrix object. */
export function checkMatrixMemo(engagement: Engagement, matrix: Matrix): readonly Finding[] {
  const known = cellFindings.get(matrix);
  if (known) return known;
  const found = checkMatrix(engagement, matrix);
  cellFindings.set(matrix, found);
  return found;
}
