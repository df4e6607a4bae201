import './zod-setup';
import { z } from 'zod';
import {
  assuranceServiceTypeSchema,
  dutySchema,
  reportSectionSchema,
  scopeSchema,
} from './catalogue-schemas';
import { idSchema } from './field-schemas';

/** Why an assignment is there: a report section, our derived reading of one, or a user override. */
export const basisSchema = z.discriminatedUnion('source', [
  z
    .strictObject({
      source: z.enum(['report', 'derived']),
      section: reportSectionSchema,
      scopeDerivedFrom: reportSectionSchema.optional(),
    })
    .readonly(),
  z.strictObject({ source: z.literal('override') }).readonly(),
]);

/**
 * One duty a role carries in one cell. `serviceId` is not checked against the engagement's
 * services: a supporter naming a removed service is a validation finding, not a broken file.
 */
export const assignmentSchema = z
  .strictObject({
    duty: dutySchema,
    scope: scopeSchema,
    via: assuranceServiceTypeSchema.optional(),
    serviceId: idSchema.optional(),
    partyId: idSchema.optional(),
    basis: basisSchema,
  })
  .readonly();
