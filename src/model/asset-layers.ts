import type { ResourceServiceType } from './service-types';

/** The five asset layers (资产, §2.3.2), bottom to top. */
export const ASSET_LAYERS = [
  'facility',
  'virtualization',
  'platformSoftware',
  'applicationSoftware',
  'businessData',
] as const;

/** One of the five asset layers. */
export type AssetLayer = (typeof ASSET_LAYERS)[number];

/** The layer that a resource service delivers: below it the provider runs, above it the customer. */
export const BOUNDARY_LAYER_OF: Readonly<Record<ResourceServiceType, AssetLayer>> = {
  iaas: 'virtualization',
  paas: 'platformSoftware',
  saas: 'applicationSoftware',
};

/** Where a layer sits relative to the resource service: under it, at its boundary, or on it. */
export const LAYER_POSITIONS = ['under', 'boundary', 'on'] as const;

/** Under the service, the boundary layer, or on the service. */
export type LayerPosition = (typeof LAYER_POSITIONS)[number];

/** Finds where a layer sits for a resource service; business data is always on the service. */
export function findLayerPosition(layer: AssetLayer, service: ResourceServiceType): LayerPosition {
  const index = ASSET_LAYERS.indexOf(layer);
  const boundary = ASSET_LAYERS.indexOf(BOUNDARY_LAYER_OF[service]);
  if (index < boundary) return 'under';
  if (index === boundary) return 'boundary';
  return 'on';
}

/** Whether a string is an asset layer id. */
export function isAssetLayer(value: string): value is AssetLayer {
  return (ASSET_LAYERS as readonly string[]).includes(value);
}
