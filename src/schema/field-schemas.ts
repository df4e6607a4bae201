import './zod-setup';
import { z } from 'zod';
import { addCustomIssue } from './custom-issue';
import { describeValue } from './describe-value';
import { LIMITS } from './limits';

/** The id of a user-defined record: a non-empty string of bounded length. */
export const idSchema = z.string().min(1).max(LIMITS.idLength);

/** A reference to a party that may be unset. */
export const optionalIdSchema = z.union([idSchema, z.null()]);

/** A short label such as a name or a title. */
export const nameSchema = z.string().max(LIMITS.nameLength);

/** A free text such as notes or a reason. */
export const textSchema = z.string().max(LIMITS.textLength);

/**
 * A set of catalogue values stored as an array: each value at most once, so the array can never be
 * longer than the catalogue.
 */
export function catalogueSetSchema<const T extends readonly [string, ...string[]]>(values: T) {
  return z
    .array(z.enum(values))
    .max(values.length)
    .superRefine(
      (items, ctx) => {
        // Runs even when an item is invalid, so duplicates are listed with every other issue; a list
        // over the cap already has its issue, and must not turn into one issue per item.
        if (!Array.isArray(items) || items.length > values.length) return;
        const seen = new Set<unknown>();
        items.forEach((item: unknown, index) => {
          if (seen.has(item)) {
            addCustomIssue(ctx, [index], {
              code: 'duplicate-value',
              received: describeValue(item),
            });
          }
          seen.add(item);
        });
      },
      { when: () => true },
    )
    .readonly();
}
