import type { Assignment, MatrixRow } from '@/model/assignment';
import { resolveCarrier } from '@/model/resolve-carrier';
import type { Role } from '@/model/roles';
import type { Engagement } from '@/model/workspace';
import { describeValue } from '@/schema/describe-value';
import type { ImportIssue } from '../import-issue';
import type { FrameIndex } from './frame-index';
import type { CsvRow } from './read-csv-row';
import { listExpected } from './read-csv-row';

type Carried = Pick<Assignment, 'serviceId' | 'partyId'>;

/**
 * The security service a supporter row names by its vendor's name; among services of the same
 * vendor (or of none), the first one this cell has not used yet, so two such rows keep two services.
 */
function chooseSecurityService(
  engagement: Engagement,
  party: string,
  used: Set<string>,
  frame: FrameIndex,
): string | undefined {
  const candidates = engagement.securityServices.filter(
    (service) => frame.partyName(service.vendorPartyId) === party,
  );
  const chosen = candidates.find((service) => !used.has(service.id)) ?? candidates[0];
  if (chosen) used.add(chosen.id);
  return chosen?.id;
}

/** The party names a row may show: the vendors of the services for a security supporter. */
function allowedParties(row: CsvRow, carried: Carried, frame: FrameIndex): string[] {
  const { assignment, engagement } = row;
  const isSecuritySupporter =
    assignment?.duty === 'supporter' && assignment.via === 'securityService';
  if (!isSecuritySupporter || engagement.securityServices.length === 0) {
    return [frame.partyName(carried.partyId)];
  }
  const names = engagement.securityServices.map((s) => frame.partyName(s.vendorPartyId));
  return [...new Set(names)];
}

/**
 * Turns the rows of a changed cell into assignments, as a user's edit would be stored: services and
 * parties come from the engagement (`resolveCarrier`), the party column only chooses among security
 * services and must name the party that carries the row, and the basis is the override.
 */
export function resolveCsvAssignments(
  row: MatrixRow,
  role: Role,
  rows: readonly CsvRow[],
  frame: FrameIndex,
): { assignments: Assignment[]; issues: ImportIssue[] } {
  const used = new Set<string>();
  const issues: ImportIssue[] = [];
  const assignments: Assignment[] = [];
  for (const csvRow of rows) {
    const { assignment, engagement } = csvRow;
    if (!assignment) continue;
    const { duty, scope, via, party } = assignment;
    const serviceId =
      duty === 'supporter' && via === 'securityService'
        ? chooseSecurityService(engagement, party, used, frame)
        : undefined;
    const carried = resolveCarrier(engagement, row, role, { duty, via, serviceId });
    if (frame.partyName(carried.partyId) !== party) {
      issues.push({
        code: 'party-mismatch',
        line: csvRow.lineOf('party'),
        column: 'party',
        expected: listExpected(allowedParties(csvRow, carried, frame)),
        received: describeValue(party),
      });
    }
    assignments.push({
      duty,
      scope,
      ...(via === undefined ? {} : { via }),
      ...carried,
      basis: { source: 'override' },
    });
  }
  return { assignments, issues };
}
