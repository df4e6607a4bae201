import './zod-setup';
import { z } from 'zod';
import { DEPARTMENT_KINDS, RACI_LETTERS } from '@/model/departments';
import { catalogueSetSchema, idSchema, nameSchema } from './field-schemas';
import { ROW_ID_LENGTH } from './override-schema';

/** A department inside a party. */
export const departmentSchema = z
  .strictObject({
    id: idSchema,
    partyId: idSchema,
    kind: z.enum(DEPARTMENT_KINDS),
    name: nameSchema,
  })
  .readonly();

/** What one department does for one of its party's duties, as RACI letters. */
export const raciEntrySchema = z
  .strictObject({
    engagementId: idSchema,
    rowId: z.string().min(1).max(ROW_ID_LENGTH),
    // Domain §6 splits the customer's duties; other columns have no departments yet.
    role: z.literal('customer'),
    departmentId: idSchema,
    letters: catalogueSetSchema(RACI_LETTERS),
  })
  .readonly();
