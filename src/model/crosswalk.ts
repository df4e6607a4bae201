import type { MatrixRow } from './assignment';
import type { Role } from './roles';

/** CSA CCM v4 SSRM control ownership values, written as CCM writes them (domain §9). */
export const CCM_OWNERSHIPS = [
  'CSP-owned',
  'CSC-owned',
  'Shared CSP and CSC',
  'Shared CSP and 3rd-party',
  '3rd-party outsourced',
] as const;
/** One CCM SSRM ownership value. */
export type CcmOwnership = (typeof CCM_OWNERSHIPS)[number];

/** FedRAMP CRM "can be inherited" answers. */
export const FEDRAMP_INHERITABLES = ['Yes', 'No', 'Partial'] as const;
/** One FedRAMP "can be inherited" answer. */
export type FedrampInheritable = (typeof FEDRAMP_INHERITABLES)[number];

/** The words of providers' own matrices (Azure/Google style). */
export const SHARED_LABELS = ['Provider', 'Customer', 'Shared', 'Third party'] as const;
/** One provider-style responsibility label. */
export type SharedLabel = (typeof SHARED_LABELS)[number];

/**
 * A row of our matrix in the reviewers' vocabularies [derived, domain §9]. `thirdPartySupport` is set
 * when a security vendor owns beside the customer: CCM has no value for a vendor that supports the
 * customer, so the row reads CSC-owned with that note.
 */
export interface Crosswalk {
  readonly ccm: CcmOwnership;
  readonly fedramp: FedrampInheritable;
  readonly shared: SharedLabel;
  readonly thirdPartySupport: boolean;
}

type OwnerSet = `${boolean}-${boolean}-${boolean}`;

// Keyed by whether customer, provider and security vendor own something on the row. The three-owner
// case is not in domain §9: it reads as shared between provider and customer, with the vendor noted.
const TABLE: Readonly<Record<OwnerSet, Crosswalk | undefined>> = {
  'false-true-false': {
    ccm: 'CSP-owned',
    fedramp: 'Yes',
    shared: 'Provider',
    thirdPartySupport: false,
  },
  'true-false-false': {
    ccm: 'CSC-owned',
    fedramp: 'No',
    shared: 'Customer',
    thirdPartySupport: false,
  },
  'true-true-false': {
    ccm: 'Shared CSP and CSC',
    fedramp: 'Partial',
    shared: 'Shared',
    thirdPartySupport: false,
  },
  'false-true-true': {
    ccm: 'Shared CSP and 3rd-party',
    fedramp: 'Partial',
    shared: 'Shared',
    thirdPartySupport: false,
  },
  'false-false-true': {
    ccm: '3rd-party outsourced',
    fedramp: 'No',
    shared: 'Third party',
    thirdPartySupport: false,
  },
  'true-false-true': {
    ccm: 'CSC-owned',
    fedramp: 'No',
    shared: 'Customer',
    thirdPartySupport: true,
  },
  'true-true-true': {
    ccm: 'Shared CSP and CSC',
    fedramp: 'Partial',
    shared: 'Shared',
    thirdPartySupport: true,
  },
  'false-false-false': undefined,
};

function owns(row: MatrixRow, role: Role): boolean {
  return row.cells[role].assignments.some((assignment) => assignment.duty === 'owner');
}

/**
 * A matrix row in CCM, FedRAMP and provider-style words, from its owners only (supporters do not
 * change ownership); undefined for a row without an owner, where `layer-uncovered` fires instead.
 */
export function deriveCrosswalk(row: MatrixRow): Crosswalk | undefined {
  return TABLE[`${owns(row, 'customer')}-${owns(row, 'provider')}-${owns(row, 'securityVendor')}`];
}

/** One rule of the crosswalk: which roles own on a row, and what that reads as (domain §9). */
export interface CrosswalkRule {
  readonly owners: readonly Role[];
  readonly crosswalk: Crosswalk;
}

/** The crosswalk's rules, for legends and documentation: every owner set that has a reading. */
export const CROSSWALK_RULES: readonly CrosswalkRule[] = Object.entries(TABLE).flatMap(
  ([key, crosswalk]) => {
    if (!crosswalk) return [];
    const [customer, provider, vendor] = key.split('-').map((flag) => flag === 'true');
    const owners: Role[] = [];
    if (provider) owners.push('provider');
    if (customer) owners.push('customer');
    if (vendor) owners.push('securityVendor');
    return [{ owners, crosswalk }];
  },
);
