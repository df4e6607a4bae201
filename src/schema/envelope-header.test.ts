import { describe, expect, it } from 'vitest';
import { changedDocument, REMOVE } from '../../tests/fixtures/sample-workspace';
import { CURRENT_SCHEMA_VERSION, WORKSPACE_DOCUMENT_FORMAT } from './envelope';
import { parseWorkspaceDocument } from './parse-workspace-document';

function issuesOf(input: unknown) {
  const result = parseWorkspaceDocument(input);
  return result.ok ? [] : result.issues;
}

describe('envelope header', () => {
  it('names the format and the current schema version', () => {
    expect(WORKSPACE_DOCUMENT_FORMAT).toBe('shared-responsibility-workbench/workspace');
    expect(CURRENT_SCHEMA_VERSION).toBe(4);
  });

  it.each<[unknown, string]>([
    [null, 'null'],
    [[], 'array'],
    ['{"format":"shared-responsibility-workbench/workspace"}', 'string'],
    [42, 'number'],
    [undefined, 'undefined'],
  ])('refuses %j as a document', (input, received) => {
    expect(issuesOf(input)).toEqual([
      { path: '', code: 'wrong-type', expected: 'object', received },
    ]);
  });

  it.each<[unknown, object]>([
    [REMOVE, {}],
    ['excalidraw', { received: 'excalidraw' }],
    [
      'shared-responsibility-workbench/workspace ',
      { received: 'shared-responsibility-workbench/workspace ' },
    ],
    [7, { received: '7' }],
  ])('refuses the format %j with a wrong-format issue', (format, received) => {
    expect(issuesOf(changedDocument([['format'], format]))).toEqual([
      { path: 'format', code: 'wrong-format', expected: WORKSPACE_DOCUMENT_FORMAT, ...received },
    ]);
  });

  it.each([5, 99])(
    'refuses the newer schema version %i and says which one the app reads',
    (version) => {
      expect(issuesOf(changedDocument([['schemaVersion'], version]))).toEqual([
        { path: 'schemaVersion', code: 'newer-version', expected: '4', received: String(version) },
      ]);
    },
  );

  it('does not judge the workspace of a newer version by the current schema', () => {
    const input = changedDocument(
      [['schemaVersion'], 5],
      [['workspace'], { renamed: 'everything' }],
    );
    expect(issuesOf(input)).toEqual([
      { path: 'schemaVersion', code: 'newer-version', expected: '4', received: '5' },
    ]);
  });

  it.each<[unknown, object]>([
    [REMOVE, { code: 'missing', expected: '4' }],
    ['1', { code: 'wrong-type', expected: 'number', received: 'string' }],
    [null, { code: 'wrong-type', expected: 'number', received: 'null' }],
    [0, { code: 'invalid-value', expected: '4', received: '0' }],
    [-1, { code: 'invalid-value', expected: '4', received: '-1' }],
    [1.5, { code: 'invalid-value', expected: '4', received: '1.5' }],
    [Number.NaN, { code: 'invalid-value', expected: '4', received: 'NaN' }],
  ])('refuses the schema version %j', (version, issue) => {
    expect(issuesOf(changedDocument([['schemaVersion'], version]))).toEqual([
      { path: 'schemaVersion', ...issue },
    ]);
  });

  it('reports a wrong format and a newer version together', () => {
    const input = changedDocument([['format'], 'other'], [['schemaVersion'], 5]);
    expect(issuesOf(input).map((issue) => issue.code)).toEqual(['wrong-format', 'newer-version']);
  });
});
