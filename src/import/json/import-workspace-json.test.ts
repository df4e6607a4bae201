import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CURRENT_SCHEMA_VERSION } from '@/schema/envelope';
import { LIMITS } from '@/schema/limits';
import { sampleDocumentJson, sampleWorkspace } from '../../../tests/fixtures/sample-workspace';
import type { ImportIssue } from '../import-issue';
import { MAX_IMPORT_TEXT_LENGTH } from '../import-limits';
import { importWorkspaceJson } from './import-workspace-json';

const VALID = JSON.stringify(sampleDocumentJson(), null, 2);

function expectIssues(text: string, issues: ImportIssue[]) {
  const result = importWorkspaceJson(text);
  expect(result.ok).toBe(false);
  if (!result.ok) expect(result.issues).toEqual(issues);
}

describe('importWorkspaceJson', () => {
  it('reads a workspace file', () => {
    expect(importWorkspaceJson(VALID)).toEqual({ ok: true, value: sampleWorkspace() });
  });

  it('reads a file that an editor saved with a byte-order mark', () => {
    expect(importWorkspaceJson(`\uFEFF${VALID}`)).toEqual({ ok: true, value: sampleWorkspace() });
  });

  it.each<[string, string, ImportIssue]>([
    ['a missing value', '{\n  "format": \n}', { code: 'json-syntax', line: 3, character: 1 }],
    ['a trailing comma', '{\r\n  "a": 1,\r\n}', { code: 'json-syntax', line: 3, character: 1 }],
    // `{\n  "format": "shared-responsibility-wor`: the string never ends.
    ['a cut-off file', VALID.slice(0, 40), { code: 'json-syntax', line: 2, character: 39 }],
    ['an empty file', '', { code: 'json-syntax', line: 1, character: 1 }],
    ['text that is not JSON', '朱镕基', { code: 'json-syntax', line: 1, character: 1 }],
  ])('reports the line and character of %s', (_name, text, issue) => {
    expectIssues(text, [issue]);
  });

  it('lists every schema issue with its path', () => {
    const document = sampleDocumentJson();
    const workspace = document.workspace as { engagements: { mode: string }[]; extra?: number };
    (workspace.engagements[1] as { mode: string }).mode = 'hybrid';
    workspace.extra = 1;
    expectIssues(JSON.stringify(document), [
      {
        code: 'invalid-value',
        path: 'workspace.engagements[1].mode',
        expected: 'cloudService | softwareDelivery | managedDelivery',
        received: 'hybrid',
      },
      { code: 'unknown-key', path: 'workspace.extra' },
    ]);
  });

  it('refuses a newer schema version and another JSON file', () => {
    expectIssues(JSON.stringify({ ...sampleDocumentJson(), schemaVersion: 99 }), [
      {
        code: 'newer-version',
        path: 'schemaVersion',
        expected: String(CURRENT_SCHEMA_VERSION),
        received: '99',
      },
    ]);
    expectIssues('[]', [{ code: 'wrong-type', expected: 'object', received: 'array' }]);
  });

  it('reports keys that could reach a prototype', () => {
    const text = VALID.replace('"contract": {', '"contract": { "__proto__": { "polluted": true },');
    const result = importWorkspaceJson(text);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.issues).toContainEqual({
        code: 'forbidden-key',
        path: 'workspace.contract.__proto__',
      });
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('refuses a text over the size cap before parsing it, naming the cap', () => {
    const text = ' '.repeat(MAX_IMPORT_TEXT_LENGTH + 1);
    expectIssues(text, [
      {
        code: 'too-large',
        expected: `<= ${MAX_IMPORT_TEXT_LENGTH}`,
        received: String(text.length),
      },
    ]);
  });

  it('stops listing at the cap of issues', () => {
    const document = sampleDocumentJson();
    const parties = Array.from({ length: 900 }, (_, i) => ({ id: `p${i}`, name: 1, roles: 2 }));
    (document.workspace as { parties: unknown }).parties = parties;
    const result = importWorkspaceJson(JSON.stringify(document));
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.issues).toHaveLength(LIMITS.issues);
      expect(result.issues.at(-1)?.code).toBe('too-many-issues');
    }
  });
});

describe('importWorkspaceJson on any input', () => {
  const mutated = fc
    .tuple(fc.nat(), fc.nat({ max: 40 }), fc.string({ unit: 'binary', maxLength: 8 }))
    .map(([at, length, insert]) => {
      const start = at % VALID.length;
      return VALID.slice(0, start) + insert + VALID.slice(start + length);
    });

  it('never throws, and every failure says where', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.json(), mutated),
        (text) => {
          const result = importWorkspaceJson(text);
          if (result.ok) return;
          expect(result.issues.length).toBeGreaterThan(0);
          for (const issue of result.issues) {
            if (issue.code === 'json-syntax') {
              expect(issue.line).toBeGreaterThanOrEqual(1);
              expect(issue.character).toBeGreaterThanOrEqual(1);
            }
          }
        },
      ),
      { numRuns: 500 },
    );
  });
});
