import './zod-setup';
import { z } from 'zod';
import { ROLES } from '@/model/roles';
import { catalogueSetSchema, idSchema, nameSchema } from './field-schemas';

/** A named organisation and the roles it holds. */
export const partySchema = z
  .strictObject({ id: idSchema, name: nameSchema, roles: catalogueSetSchema(ROLES) })
  .readonly();
