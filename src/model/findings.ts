import type { AssetLayer } from './asset-layers';
import type { Principle } from './principles';
import type { Role } from './roles';

/** Stable codes of the checks of domain §4, and of the departments' RACI (domain §6). */
export const FINDING_CODES = [
  'layer-uncovered',
  'data-not-customer',
  'facility-not-provider',
  'supporter-without-service',
  'supporter-outside-customer-duty',
  'override-without-reason',
  'no-information-channel',
  'managed-without-operations',
  'no-joint-response',
  // Inside the customer (domain §6) [derived]: its departments' RACI of the customer's duties.
  'raci-no-accountable',
  'raci-several-accountable',
  'raci-without-duty',
] as const;

/** One check's code. */
export type FindingCode = (typeof FINDING_CODES)[number];

/** Errors break a principle; warnings ask for a look or a stated reason. */
export const SEVERITIES = ['error', 'warning'] as const;
/** Error or warning. */
export type Severity = (typeof SEVERITIES)[number];

/** The principle each check serves and how serious it is. */
export const FINDING_RULES: Readonly<
  Record<FindingCode, { principle: Principle; severity: Severity }>
> = {
  'layer-uncovered': { principle: 'sharedPurpose', severity: 'error' },
  'data-not-customer': { principle: 'reasonableResponsibility', severity: 'error' },
  'facility-not-provider': { principle: 'reasonableResponsibility', severity: 'warning' },
  'supporter-without-service': { principle: 'maximisedStrengths', severity: 'error' },
  'supporter-outside-customer-duty': { principle: 'maximisedStrengths', severity: 'warning' },
  'override-without-reason': { principle: 'reasonableResponsibility', severity: 'warning' },
  'no-information-channel': { principle: 'transparentCollaboration', severity: 'warning' },
  'managed-without-operations': { principle: 'reasonableResponsibility', severity: 'warning' },
  'no-joint-response': { principle: 'transparentCollaboration', severity: 'warning' },
  'raci-no-accountable': { principle: 'reasonableResponsibility', severity: 'warning' },
  'raci-several-accountable': { principle: 'reasonableResponsibility', severity: 'error' },
  'raci-without-duty': { principle: 'reasonableResponsibility', severity: 'warning' },
};

/** Where a finding points: the engagement, and the cell or party concerned. */
export interface FindingLocation {
  readonly engagementId: string;
  readonly rowId?: string;
  readonly layer?: AssetLayer;
  readonly role?: Role;
  readonly partyId?: string;
}

/** One result of a check: a code with its principle and severity, and where it applies. No sentences. */
export interface Finding extends FindingLocation {
  readonly code: FindingCode;
  readonly principle: Principle;
  readonly severity: Severity;
}

/** Makes a finding of a code at a location, filling in the code's principle and severity. */
export function makeFinding(code: FindingCode, location: FindingLocation): Finding {
  return { code, ...FINDING_RULES[code], ...location };
}
