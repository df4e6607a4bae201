import { contractDateSchema } from '@/schema/contract-date';
import { workspaceDocumentSchema } from '@/schema/envelope';

/** Where the published JSON Schema of workspace files lives in the repository (served at the site root). */
export const JSON_SCHEMA_FILE = 'public/workspace.schema.json';

const TITLE = 'Shared Responsibility Workbench workspace';

const DESCRIPTION =
  'A workspace of the Shared Responsibility Workbench in its versioned envelope: the contract, ' +
  'the parties and their roles, the engagements (a resource service in a delivery mode, with its ' +
  'assurance services), the cells overridden from the baseline of the 2024 cloud security ' +
  'shared-responsibility model, and the information channels. Generated from the zod schema the ' +
  'app validates with; the app also checks what JSON Schema cannot say: ids are unique, every ' +
  'reference names an existing party, engagement or row, at most one override per cell, and ' +
  'keys named __proto__, constructor or prototype are refused.';

type JsonObject = Record<string, unknown>;

/** Values of a catalogue set are distinct: an array of an enum with room for each value once. */
function isCatalogueSet(json: JsonObject): boolean {
  const values = (json.items as JsonObject | undefined)?.enum;
  return json.type === 'array' && Array.isArray(values) && json.maxItems === values.length;
}

/**
 * Says in JSON Schema what zod's output leaves out or says otherwise: `readOnly` (from zod's
 * `.readonly()`, an immutability marker in TypeScript) would tell JSON Schema readers the fields
 * must not be written, and the catalogue sets' refinement means their values are unique.
 */
function adjust(value: unknown): void {
  if (Array.isArray(value)) {
    for (const item of value) adjust(item);
    return;
  }
  if (typeof value !== 'object' || value === null) return;
  const json = value as JsonObject;
  delete json.readOnly;
  if (isCatalogueSet(json)) json.uniqueItems = true;
  for (const child of Object.values(json)) adjust(child);
}

/**
 * Builds the JSON Schema (draft 2020-12) of workspace files from the zod schema, so the published
 * format cannot drift from what the app accepts.
 */
export function buildWorkspaceJsonSchema(): JsonObject {
  const schema = workspaceDocumentSchema.toJSONSchema({
    target: 'draft-2020-12',
    io: 'input',
    override: ({ zodSchema, jsonSchema }) => {
      // The date's refinement is code; its pattern says the same for JSON Schema readers.
      if (zodSchema === contractDateSchema) {
        jsonSchema.pattern = '^(\\d{4}-\\d{2}-\\d{2})?$';
        jsonSchema.description = 'A calendar date YYYY-MM-DD, or empty while unknown.';
      }
    },
  }) as JsonObject;
  adjust(schema);
  const { $schema, ...rest } = schema;
  return { $schema, title: TITLE, description: DESCRIPTION, ...rest };
}

/** The schema file's text: the schema pretty-printed, with a final line break. */
export function formatWorkspaceJsonSchema(): string {
  return `${JSON.stringify(buildWorkspaceJsonSchema(), null, 2)}\n`;
}
