import './zod-setup';
import { z } from 'zod';
import { informationCategorySchema } from './catalogue-schemas';
import { idSchema, textSchema } from './field-schemas';

/** A channel through which one party passes one category of security information to another. */
export const channelSchema = z
  .strictObject({
    id: idSchema,
    fromPartyId: idSchema,
    toPartyId: idSchema,
    category: informationCategorySchema,
    what: textSchema,
    trigger: textSchema,
    timeliness: textSchema,
    medium: textSchema,
  })
  .readonly();
