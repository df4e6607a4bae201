import './zod-setup';
import { z } from 'zod';
import { contractDateSchema } from './contract-date';
import { nameSchema, textSchema } from './field-schemas';

/** The contract a workspace belongs to. */
export const contractSchema = z
  .strictObject({
    title: nameSchema,
    version: nameSchema,
    date: contractDateSchema,
    notes: textSchema,
  })
  .readonly();
