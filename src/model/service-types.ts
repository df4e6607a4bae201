/** Resource services (资源类, §2.3.1): the cloud service the customer buys capacity from. */
export const RESOURCE_SERVICE_TYPES = ['iaas', 'paas', 'saas'] as const;

/** Assurance services (保障类, §2.3.1): they help the customer carry its own duties. */
export const ASSURANCE_SERVICE_TYPES = ['securityService', 'opsService'] as const;

/** All five service types of §2.3.1, resource services first. */
export const SERVICE_TYPES = [...RESOURCE_SERVICE_TYPES, ...ASSURANCE_SERVICE_TYPES] as const;

/** IaaS, PaaS or SaaS. */
export type ResourceServiceType = (typeof RESOURCE_SERVICE_TYPES)[number];
/** Cloud security service or cloud operations service. */
export type AssuranceServiceType = (typeof ASSURANCE_SERVICE_TYPES)[number];
/** Any of the five service types. */
export type ServiceType = (typeof SERVICE_TYPES)[number];

/** The two classes the report sorts service types into. */
export const SERVICE_CLASSES = ['resource', 'assurance'] as const;
/** Resource (资源类) or assurance (保障类). */
export type ServiceClass = (typeof SERVICE_CLASSES)[number];

/** Whether a service type is a resource service (IaaS, PaaS, SaaS). */
export function isResourceServiceType(value: string): value is ResourceServiceType {
  return (RESOURCE_SERVICE_TYPES as readonly string[]).includes(value);
}
