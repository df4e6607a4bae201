import type { AssetLayer } from './asset-layers';
import type { AssuranceServiceType } from './service-types';

/** The row id of an assurance service's own row ("security service itself", "operations service itself"). */
export function assuranceRowId(type: AssuranceServiceType, serviceId: string): string {
  return `${type}:${serviceId}`;
}

/** The row id of an asset layer row is the layer id itself. */
export function layerRowId(layer: AssetLayer): string {
  return layer;
}
