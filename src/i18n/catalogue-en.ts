import type { AssetLayer, LayerPosition } from '@/model/asset-layers';
import type { Duty, Scope } from '@/model/assignment';
import type { DeliveryMode, TypicalCase } from '@/model/delivery-modes';
import type { Severity } from '@/model/findings';
import type { ChannelCategory, KeyLink, Principle } from '@/model/principles';
import type { Role } from '@/model/roles';
import type { AssuranceServiceType, ServiceClass, ServiceType } from '@/model/service-types';

/** Every key a catalogue label needs: one per id of each closed set of the model. */
export type CatalogueKey =
  | `role.${Role}`
  | `serviceType.${ServiceType}`
  | `serviceTypeShort.${ServiceType}`
  | `serviceClass.${ServiceClass}`
  | `mode.${DeliveryMode}`
  | `typicalCase.${TypicalCase}`
  | `layer.${AssetLayer}`
  | `position.${LayerPosition}`
  | `principle.${Principle}`
  | `keyLink.${KeyLink}`
  | `infoCategory.${ChannelCategory}`
  | `duty.${Duty}`
  | `dutyLetter.${Duty}`
  | `scope.${Scope}`
  | `via.${AssuranceServiceType}`
  | `severity.${Severity}`;

/** English labels of the domain terms, as domain.md names them. */
export const catalogueEn = {
  'role.customer': 'Cloud service customer',
  'role.provider': 'Cloud service provider',
  'role.securityVendor': 'Cloud security vendor',
  'serviceType.iaas': 'Infrastructure capability service (IaaS)',
  'serviceType.paas': 'Platform capability service (PaaS)',
  'serviceType.saas': 'Application capability service (SaaS)',
  'serviceType.securityService': 'Cloud security service',
  'serviceType.opsService': 'Cloud operations and maintenance service',
  'serviceTypeShort.iaas': 'IaaS',
  'serviceTypeShort.paas': 'PaaS',
  'serviceTypeShort.saas': 'SaaS',
  'serviceTypeShort.securityService': 'Security service',
  'serviceTypeShort.opsService': 'Operations service',
  'serviceClass.resource': 'Resource services',
  'serviceClass.assurance': 'Assurance services',
  'mode.cloudService': 'Cloud service',
  'mode.softwareDelivery': 'Cloud software delivery',
  'mode.managedDelivery': 'Software delivery + managed operations',
  'typicalCase.publicCloud': 'public cloud',
  'typicalCase.dedicatedCloud': 'dedicated cloud',
  'typicalCase.privateCloud': 'private cloud',
  'typicalCase.governmentCloud': 'government cloud',
  'layer.facility': 'Data-centre facility',
  'layer.virtualization': 'Virtualised infrastructure',
  'layer.platformSoftware': 'Platform software',
  'layer.applicationSoftware': 'Application software',
  'layer.businessData': 'Business data',
  'position.under': 'under the service',
  'position.boundary': 'the layer the service delivers',
  'position.on': 'on the service',
  'principle.sharedPurpose': 'Shared purpose',
  'principle.reasonableResponsibility': 'Reasonable responsibility',
  'principle.maximisedStrengths': 'Maximised strengths',
  'principle.transparentCollaboration': 'Transparent collaboration',
  'keyLink.platformBuildAndUse':
    'Secure construction and use of the cloud platform (provider and customer)',
  'keyLink.protectionSystem':
    'A solid protection system for the cloud environment (security vendor and customer)',
  'keyLink.informationSharing': 'A mechanism for passing on information (all parties)',
  'infoCategory.assetFacts': 'Asset facts and their changes',
  'infoCategory.keyActivities': 'Key activities of each party',
  'infoCategory.externalIntelligence': 'Important external intelligence',
  'infoCategory.other': 'Other (named by you)',
  'duty.owner': 'Owner',
  'duty.supporter': 'Supporter',
  'dutyLetter.owner': 'O',
  'dutyLetter.supporter': 'S',
  'scope.whole': 'whole layer',
  'scope.service': 'the service itself',
  'scope.use': 'secure use',
  'via.securityService': 'via security service',
  'via.opsService': 'via operations service',
  'severity.error': 'Error',
  'severity.warning': 'Warning',
} as const satisfies Record<CatalogueKey, string>;
