import type { Finding } from '@/model/findings';
import type { AppView } from '@/store/app-views';

/** Where, outside the matrix cell, a finding is fixed: a view and the id of the field or row there. */
export interface FindingPlace {
  readonly view: AppView;
  readonly targetId: string;
  readonly label:
    | 'checks.goto.channel'
    | 'checks.goto.jointResponse'
    | 'checks.goto.raci'
    | 'checks.goto.operations'
    | 'checks.goto.services';
}

/**
 * The place a finding is fixed when it is not (only) the matrix cell: a missing channel or joint
 * response in the information-sharing plan, a department's letters in the RACI, the operations
 * service and the assurance services on the engagement's card. Null when the cell is the place.
 */
export function findingPlaceOf(finding: Finding): FindingPlace | null {
  const id = finding.engagementId;
  switch (finding.code) {
    case 'no-information-channel':
      return { view: 'plan', targetId: 'plan-add-from', label: 'checks.goto.channel' };
    case 'no-joint-response':
      return { view: 'plan', targetId: 'plan-joint-heading', label: 'checks.goto.jointResponse' };
    case 'raci-no-accountable':
    case 'raci-several-accountable':
    case 'raci-without-duty':
      return {
        view: 'departments',
        targetId: `raci-${id}-${finding.rowId}`,
        label: 'checks.goto.raci',
      };
    case 'managed-without-operations':
      return {
        view: 'parties',
        targetId: `engagement-operations-${id}`,
        label: 'checks.goto.operations',
      };
    case 'supporter-without-service':
      return {
        view: 'parties',
        targetId: `engagement-heading-${id}`,
        label: 'checks.goto.services',
      };
    default:
      return null;
  }
}
