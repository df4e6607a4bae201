import type { AssetLayer } from '@/model/asset-layers';
import type { Scope } from '@/model/assignment';

/** Keys of the OSCAL documents' own words. */
export type OscalKey =
  | 'oscal.catalogTitle'
  | 'oscal.catalogRemarks'
  | 'oscal.sspTitle'
  | 'oscal.systemDescription'
  | 'oscal.boundary'
  | 'oscal.informationType'
  | 'oscal.informationTypeDescription'
  | 'oscal.layersGroup'
  | 'oscal.assuranceGroup'
  | 'oscal.serviceItself'
  | 'oscal.assignment'
  | `oscal.layer.${AssetLayer}`
  | `oscal.scope.${Scope}`;

/** English words of the OSCAL documents; domain terms come from the main dictionary. */
export const oscalEn = {
  'oscal.catalogTitle': 'Cloud security shared responsibility: asset layers and assurance services',
  'oscal.catalogRemarks':
    'Derived by the Shared Responsibility Workbench from the 2024 cloud security shared-responsibility model (2.0 system): one control per asset layer and per assurance service row, one statement part per scope. Not a catalogue of the report.',
  'oscal.sspTitle': 'Shared responsibility matrix',
  'oscal.systemDescription':
    'Who owns and who supports which part of cloud security, per engagement, after the 2024 shared-responsibility model; exported by the Shared Responsibility Workbench.',
  'oscal.boundary':
    'The engagements of this workspace: each a resource service in a delivery mode from a named provider, with its assurance services.',
  'oscal.informationType': 'Customer business data',
  'oscal.informationTypeDescription':
    'The business data the customer keeps in the engagements; the customer stays accountable for its security.',
  'oscal.layersGroup': 'Asset layers',
  'oscal.assuranceGroup': 'Assurance services themselves',
  'oscal.serviceItself': '{service} itself',
  'oscal.assignment': '{who}: {words}',
  'oscal.layer.facility': 'Data centre, physical compute, storage and network equipment.',
  'oscal.layer.virtualization':
    'Virtual resource management platform; IaaS services such as virtual machines and block storage.',
  'oscal.layer.platformSoftware':
    'Containers, cloud databases, middleware: as PaaS or self-deployed on IaaS.',
  'oscal.layer.applicationSoftware': 'The customer’s applications, open APIs, SaaS applications.',
  'oscal.layer.businessData': 'The customer’s business data.',
  'oscal.scope.whole': 'All security of the layer.',
  'oscal.scope.service':
    'Security of the service or software the party delivers at this layer: design, development, operation and decommissioning, or the software product itself in the delivery modes.',
  'oscal.scope.use': 'Secure configuration, use and daily operation of the layer.',
} as const satisfies Record<OscalKey, string>;
