import './zod-setup';
import { z } from 'zod';
import { assignmentSchema } from './assignment-schema';
import { roleSchema } from './catalogue-schemas';
import { idSchema, textSchema } from './field-schemas';
import { LIMITS } from './limits';

/** Room for the longest assurance row id: `securityService:` followed by a service id. */
export const ROW_ID_LENGTH = LIMITS.idLength + 'securityService:'.length;

/** A cell the user changed, with its assignments and the reason. */
export const overrideSchema = z
  .strictObject({
    engagementId: idSchema,
    rowId: z.string().min(1).max(ROW_ID_LENGTH),
    role: roleSchema,
    assignments: z.array(assignmentSchema).max(LIMITS.assignmentsPerCell).readonly(),
    reason: textSchema,
  })
  .readonly();
