import './zod-setup';
import { z } from 'zod';
import { channelCategorySchema } from './catalogue-schemas';
import { idSchema, optionalIdSchema, textSchema } from './field-schemas';

/** A channel through which one party passes one category of security information to another. */
export const channelSchema = z
  .strictObject({
    id: idSchema,
    fromPartyId: idSchema,
    toPartyId: idSchema,
    category: channelCategorySchema,
    categoryName: textSchema.optional(),
    what: textSchema,
    trigger: textSchema,
    timeliness: textSchema,
    medium: textSchema,
  })
  .readonly();

/** How the parties of one engagement respond together to an incident: who notifies whom, how fast, who coordinates. */
export const jointResponseSchema = z
  .strictObject({
    engagementId: idSchema,
    notification: textSchema,
    timeliness: textSchema,
    coordinatorPartyId: optionalIdSchema,
  })
  .readonly();
