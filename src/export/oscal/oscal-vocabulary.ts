import { ASSET_LAYERS, type AssetLayer } from '@/model/asset-layers';
import type { MatrixRow, Scope } from '@/model/assignment';
import type { AssuranceServiceType } from '@/model/service-types';

/** The root of our name-based UUIDs; never change it, or every identifier changes with it. */
export const OSCAL_UUID_ROOT = '3f0b9a52-6f4e-4d35-9c1e-2b8a7d5e41c6';

/** The SSP's `system-ids` scheme for a UUID identifier. */
export const RFC4122_SCHEME = 'https://ietf.org/rfc/rfc4122';

const LAYER_CONTROL: Readonly<Record<AssetLayer, string>> = {
  facility: 'srm-facility',
  virtualization: 'srm-virtualization',
  platformSoftware: 'srm-platform-software',
  applicationSoftware: 'srm-application-software',
  businessData: 'srm-business-data',
};

const SERVICE_CONTROL: Readonly<Record<AssuranceServiceType, string>> = {
  securityService: 'srm-security-service',
  opsService: 'srm-ops-service',
};

/** The control of our catalogue for an asset layer. */
export function layerControlId(layer: AssetLayer): string {
  return LAYER_CONTROL[layer];
}

/** The control of our catalogue for an assurance service's own row. */
export function serviceControlId(type: AssuranceServiceType): string {
  return SERVICE_CONTROL[type];
}

/** The control a matrix row implements. */
export function rowControlId(row: MatrixRow): string {
  if (row.layer) return layerControlId(row.layer);
  return serviceControlId(row.serviceType ?? 'securityService');
}

/** The statement part of a control for one scope, e.g. `srm-facility_smt.whole`. */
export function scopePartId(controlId: string, scope: Scope): string {
  return `${controlId}_smt.${scope}`;
}

/** Every control id of the catalogue, layers bottom to top, then the assurance rows. */
export const CONTROL_IDS: readonly string[] = [
  ...ASSET_LAYERS.map(layerControlId),
  serviceControlId('securityService'),
  serviceControlId('opsService'),
];
