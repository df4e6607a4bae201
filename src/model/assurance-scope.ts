import {
  ASSET_LAYERS,
  type AssetLayer,
  findLayerPosition,
  type LayerPosition,
} from './asset-layers';
import type { DeliveryMode } from './delivery-modes';
import type { AssuranceServiceType, ResourceServiceType } from './service-types';
import type { ServiceCoverage } from './workspace';

/** The scenario an assurance service is bought into. */
export interface Scenario {
  readonly resourceService: ResourceServiceType;
  readonly mode: DeliveryMode;
}

/** Layer positions where each delivery mode's table lets an assurance service support the customer (§2.3.2). */
const SUPPORTED_POSITIONS: Readonly<
  Record<AssuranceServiceType, Readonly<Record<DeliveryMode, readonly LayerPosition[]>>>
> = {
  securityService: {
    cloudService: ['boundary', 'on'],
    softwareDelivery: ['under', 'boundary', 'on'],
    managedDelivery: ['under', 'boundary', 'on'],
  },
  opsService: {
    cloudService: ['boundary'],
    // Not offered: buying operations turns software delivery into managed delivery.
    softwareDelivery: [],
    managedDelivery: ['under', 'boundary'],
  },
};

/** Whether the mode's table lets an assurance service support on a layer at all. */
export function canSupportLayer(
  type: AssuranceServiceType,
  scenario: Scenario,
  layer: AssetLayer,
): boolean {
  const position = findLayerPosition(layer, scenario.resourceService);
  return SUPPORTED_POSITIONS[type][scenario.mode].includes(position);
}

/** Whether an operations service can be bought in a mode (not in software delivery). */
export function isOperationsServiceOffered(mode: DeliveryMode): boolean {
  return SUPPORTED_POSITIONS.opsService[mode].length > 0;
}

/**
 * The layers an assurance service covers unless the user says otherwise (domain §3): a security
 * service covers every layer the customer owns, the facility included where the customer owns it
 * (the two delivery modes, §2.3.2); an operations service covers what its mode's table lets it
 * support (the boundary layer in cloud service [derived]; under and boundary in managed delivery).
 */
export function deriveDefaultCoverage(
  type: AssuranceServiceType,
  scenario: Scenario,
): readonly AssetLayer[] {
  return ASSET_LAYERS.filter((layer) => canSupportLayer(type, scenario, layer));
}

/**
 * The security service's default coverage up to schema version 2, which left out the facility:
 * the migration writes it out so a saved workspace keeps what it covered.
 */
export function deriveVersionTwoSecurityDefault(scenario: Scenario): readonly AssetLayer[] {
  return deriveDefaultCoverage('securityService', scenario).filter((layer) => layer !== 'facility');
}

/** The layers a service covers in a scenario, resolving the default. */
export function deriveCoverage(
  type: AssuranceServiceType,
  scenario: Scenario,
  coverage: ServiceCoverage,
): readonly AssetLayer[] {
  if (coverage === 'default') return deriveDefaultCoverage(type, scenario);
  return ASSET_LAYERS.filter((layer) => coverage.includes(layer));
}
