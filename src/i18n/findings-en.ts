import type { FindingCode } from '@/model/findings';

/** English names of the checks' findings: the checks panel, the combined view and the annex. */
export const findingsEn: Readonly<Record<`finding.${FindingCode}`, string>> = {
  'finding.layer-uncovered': 'Layer has no complete owner',
  'finding.data-not-customer': 'Business data is not owned by the customer',
  'finding.facility-not-provider': 'Facility is not owned by the provider in cloud-service mode',
  'finding.supporter-without-service': 'Supporter without an assurance service in scope',
  'finding.supporter-outside-customer-duty': 'Supporter on a layer where the customer owns nothing',
  'finding.override-without-reason': 'Change from the baseline without a reason',
  'finding.no-information-channel': 'Party has no information channel to the customer',
  'finding.managed-without-operations': 'Managed delivery without an operations service',
  'finding.no-joint-response': 'No joint response to incidents between the parties',
  'finding.raci-no-accountable': 'Customer duty without an accountable department',
  'finding.raci-several-accountable': 'Customer duty with several accountable departments',
  'finding.raci-without-duty': 'RACI letters where the customer has no duty',
};
