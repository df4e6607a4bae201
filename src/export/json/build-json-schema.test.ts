import { describe, expect, it } from 'vitest';
import { buildWorkspaceJsonSchema, formatWorkspaceJsonSchema } from './build-json-schema';

type Json = Record<string, unknown>;

function at(schema: Json, ...keys: string[]): Json {
  return keys.reduce<Json>((node, key) => node[key] as Json, schema);
}

describe('buildWorkspaceJsonSchema', () => {
  const schema = buildWorkspaceJsonSchema();

  it('is a draft 2020-12 schema with an English title and description and no $id', () => {
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.title).toBe('Shared Responsibility Workbench workspace');
    expect(schema.description).toMatch(/versioned envelope/);
    expect(schema).not.toHaveProperty('$id');
  });

  it('describes the envelope strictly', () => {
    expect(schema.required).toEqual(['format', 'schemaVersion', 'workspace']);
    expect(schema.additionalProperties).toBe(false);
    expect(at(schema, 'properties', 'format').const).toBe(
      'shared-responsibility-workbench/workspace',
    );
  });

  it('says nothing is read-only, which would be wrong in JSON Schema', () => {
    expect(formatWorkspaceJsonSchema()).not.toContain('readOnly');
  });

  it('gives the contract date its pattern and the role sets unique items', () => {
    const workspace = at(schema, 'properties', 'workspace', 'properties');
    expect(at(workspace, 'contract', 'properties', 'date').pattern).toBe(
      '^(\\d{4}-\\d{2}-\\d{2})?$',
    );
    expect(at(workspace, 'parties', 'items', 'properties', 'roles').uniqueItems).toBe(true);
  });

  it('is the same on every call', () => {
    expect(formatWorkspaceJsonSchema()).toBe(formatWorkspaceJsonSchema());
  });
});
