import type { MatrixRow } from './assignment';
import type { KeyLink, Principle } from './principles';
import type { Role } from './roles';

/** The principle and key link a cell answers to [derived from §2.2 and §2.4]. */
export interface CellContext {
  readonly principle: Principle;
  readonly keyLink: KeyLink;
}

/**
 * Finds the principle and key link of a cell [derived]. Key links: the security vendor's cells, the
 * security service's own row and the customer's assets on the service belong to the protection system
 * (link 2); the platform under and at the service and the operations service belong to building and
 * using the cloud (link 1). Principles: a cell with a supporter answers to maximised strengths, a cell
 * with an owner to reasonable responsibility, an empty cell to shared purpose (nobody may be left out).
 */
export function findCellContext(row: MatrixRow, role: Role): CellContext {
  const assignments = row.cells[role].assignments;
  const principle: Principle = assignments.some((a) => a.duty === 'supporter')
    ? 'maximisedStrengths'
    : assignments.length > 0
      ? 'reasonableResponsibility'
      : 'sharedPurpose';
  const protection =
    role === 'securityVendor' || row.serviceType === 'securityService' || row.position === 'on';
  return { principle, keyLink: protection ? 'protectionSystem' : 'platformBuildAndUse' };
}
