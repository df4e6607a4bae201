import './zod-setup';
import { z } from 'zod';
import { AGREEMENT_EVENT_KINDS } from '@/model/agreement/agreement';
import { idSchema, nameSchema, textSchema } from './field-schemas';

/** A SHA-256 fingerprint in lower-case hex. */
export const fingerprintSchema = z.string().regex(/^[0-9a-f]{64}$/);

// An ISO date-time as the app writes it; the record is read, not computed with.
const atSchema = z.string().max(40);
const itemKeySchema = z.string().min(1).max(700);
// Each list is capped well above a long negotiation.
const RECORD_CAP = 20_000;

const eventSchema = z
  .strictObject({
    id: idSchema,
    kind: z.enum(AGREEMENT_EVENT_KINDS),
    partyId: idSchema,
    at: atSchema,
    fingerprint: fingerprintSchema,
    baseFingerprint: z.union([fingerprintSchema, z.literal('')]).optional(),
    itemKey: itemKeySchema.optional(),
    authorPartyId: idSchema.optional(),
    comment: textSchema.optional(),
  })
  .readonly();

const commentSchema = z
  .strictObject({
    id: idSchema,
    itemKey: itemKeySchema,
    partyId: idSchema,
    at: atSchema,
    text: textSchema,
  })
  .readonly();

const signatureSchema = z
  .strictObject({
    partyId: idSchema,
    name: nameSchema,
    title: nameSchema,
    date: z.string().max(10),
    at: atSchema,
    fingerprint: fingerprintSchema,
  })
  .readonly();

/**
 * What the parties proposed, commented and signed (domain §11), with the last version both sides
 * had as its canonical serialisation (domain §11: the redline is three-way against it).
 */
export const agreementSchema = z
  .strictObject({
    events: z.array(eventSchema).max(RECORD_CAP).readonly(),
    comments: z.array(commentSchema).max(RECORD_CAP).readonly(),
    signatures: z.array(signatureSchema).max(RECORD_CAP).readonly(),
    common: z.union([
      z
        .strictObject({ fingerprint: fingerprintSchema, content: z.string().max(50_000_000) })
        .readonly(),
      z.null(),
    ]),
  })
  .readonly();
