import './zod-setup';
import { z } from 'zod';
import { ASSET_LAYERS } from '@/model/asset-layers';
import { deliveryModeSchema, resourceServiceTypeSchema } from './catalogue-schemas';
import { catalogueSetSchema, idSchema, nameSchema, optionalIdSchema } from './field-schemas';
import { LIMITS } from './limits';

/** The layers an assurance service covers: the scenario's default, or the layers the user chose. */
export const serviceCoverageSchema = z.union([
  z.literal('default'),
  catalogueSetSchema(ASSET_LAYERS),
]);

/** A security service bought for an engagement, with the party that supplies it. */
export const securityServiceSchema = z
  .strictObject({
    id: idSchema,
    vendorPartyId: optionalIdSchema,
    layers: serviceCoverageSchema,
  })
  .readonly();

/** An operations service bought for an engagement, with the party that runs it. */
export const operationsServiceSchema = z
  .strictObject({
    id: idSchema,
    providerPartyId: optionalIdSchema,
    layers: serviceCoverageSchema,
  })
  .readonly();

/** One resource service in one delivery mode, with its assurance services. */
export const engagementSchema = z
  .strictObject({
    id: idSchema,
    name: nameSchema,
    resourceService: resourceServiceTypeSchema,
    mode: deliveryModeSchema,
    customerPartyId: optionalIdSchema,
    providerPartyId: optionalIdSchema,
    securityServices: z
      .array(securityServiceSchema)
      .max(LIMITS.securityServicesPerEngagement)
      .readonly(),
    operationsService: z.union([operationsServiceSchema, z.null()]),
  })
  .readonly();
