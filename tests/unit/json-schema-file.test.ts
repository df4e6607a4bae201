import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { formatWorkspaceJsonSchema, JSON_SCHEMA_FILE } from '@/export/json/build-json-schema';

// The published JSON Schema is generated from the zod schema and committed; this test keeps the
// committed file current. It lives in tests/unit because it reads and writes a repository file.
const FILE = fileURLToPath(new URL(`../../${JSON_SCHEMA_FILE}`, import.meta.url));
const COMMAND = 'UPDATE_JSON_SCHEMA=1 npx vitest run tests/unit/json-schema-file.test.ts';

describe(`${JSON_SCHEMA_FILE}`, () => {
  it('is the JSON Schema generated from the current zod schema', () => {
    const fresh = formatWorkspaceJsonSchema();
    if (process.env.UPDATE_JSON_SCHEMA === '1') writeFileSync(FILE, fresh, 'utf8');
    let committed = '';
    try {
      committed = readFileSync(FILE, 'utf8');
    } catch {
      // Reported below as a difference, with the command that writes the file.
    }
    expect(committed === fresh, `${JSON_SCHEMA_FILE} is out of date: run ${COMMAND}`).toBe(true);
  });
});
