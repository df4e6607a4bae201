import type { CcmOwnership, FedrampInheritable, SharedLabel } from '@/model/crosswalk';

/** Keys of the crosswalk to other vocabularies (domain §9). */
export type CrosswalkKey =
  | `crosswalk.ccm.${CcmOwnership}`
  | `crosswalk.fedramp.${FedrampInheritable}`
  | `crosswalk.shared.${SharedLabel}`
  | 'crosswalk.column'
  | 'crosswalk.ccmColumn'
  | 'crosswalk.fedrampColumn'
  | 'crosswalk.sharedColumn'
  | 'crosswalk.none'
  | 'crosswalk.thirdPartySupport'
  | 'crosswalk.derivedNote'
  | 'crosswalk.ccmNote';

/** English words of the crosswalk; the external values stay verbatim. */
export const crosswalkEn = {
  'crosswalk.column': 'Other vocabularies (derived)',
  'crosswalk.ccmColumn': 'CSA CCM v4 SSRM ownership',
  'crosswalk.fedrampColumn': 'FedRAMP CRM: can be inherited',
  'crosswalk.sharedColumn': 'Provider documents',
  'crosswalk.none': '— (no owner)',
  'crosswalk.thirdPartySupport': 'third-party support',
  'crosswalk.ccm.CSP-owned': 'CSP-owned',
  'crosswalk.ccm.CSC-owned': 'CSC-owned',
  'crosswalk.ccm.Shared CSP and CSC': 'Shared CSP and CSC',
  'crosswalk.ccm.Shared CSP and 3rd-party': 'Shared CSP and 3rd-party',
  'crosswalk.ccm.3rd-party outsourced': '3rd-party outsourced',
  'crosswalk.fedramp.Yes': 'Yes',
  'crosswalk.fedramp.No': 'No',
  'crosswalk.fedramp.Partial': 'Partial',
  'crosswalk.shared.Provider': 'Provider',
  'crosswalk.shared.Customer': 'Customer',
  'crosswalk.shared.Shared': 'Shared',
  'crosswalk.shared.Third party': 'Third party',
  'crosswalk.derivedNote':
    'Derived: this tool reads each row’s owners (not its supporters) in CSA CCM v4, FedRAMP and provider terms. It stands beside the report’s words and never replaces them.',
  'crosswalk.ccmNote':
    'CCM’s “3rd-party” values describe a provider that outsources part of its own duty, not a security vendor that supports the customer; a row the customer owns with a vendor reads “CSC-owned” with the note “third-party support”.',
} as const satisfies Record<CrosswalkKey, string>;
