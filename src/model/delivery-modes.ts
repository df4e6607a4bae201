import type { Role } from './roles';

/** The three delivery modes (服务模式, §2.3.2). */
export const DELIVERY_MODES = ['cloudService', 'softwareDelivery', 'managedDelivery'] as const;

/** Cloud service, cloud software delivery, or software delivery with managed operations. */
export type DeliveryMode = (typeof DELIVERY_MODES)[number];

/** Typical deployments that the report names as examples of each mode. */
export const TYPICAL_CASES = [
  'publicCloud',
  'dedicatedCloud',
  'privateCloud',
  'governmentCloud',
] as const;

/** Public, dedicated, private or government cloud. */
export type TypicalCase = (typeof TYPICAL_CASES)[number];

/** The typical cases of each delivery mode (§2.3.2). */
export const TYPICAL_CASES_OF: Readonly<Record<DeliveryMode, readonly TypicalCase[]>> = {
  cloudService: ['publicCloud', 'dedicatedCloud'],
  softwareDelivery: ['privateCloud'],
  managedDelivery: ['governmentCloud'],
};

/** Who controls the cloud resources in each mode (§2.3.2). */
export const RESOURCE_CONTROLLER_OF: Readonly<Record<DeliveryMode, Role>> = {
  cloudService: 'provider',
  softwareDelivery: 'customer',
  managedDelivery: 'customer',
};

/** Whether a string is a delivery mode id. */
export function isDeliveryMode(value: string): value is DeliveryMode {
  return (DELIVERY_MODES as readonly string[]).includes(value);
}
