import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sampleWorkspace } from '../../tests/fixtures/sample-workspace';
import { arbitraryWorkspace } from '../../tests/support/arbitrary-workspace';
import { parseWorkspaceDocument } from './parse-workspace-document';
import { serialiseWorkspaceDocument } from './serialise-workspace-document';

describe('serialiseWorkspaceDocument', () => {
  it('wraps the workspace in the versioned envelope', () => {
    const workspace = sampleWorkspace();
    expect(serialiseWorkspaceDocument(workspace)).toEqual({
      format: 'shared-responsibility-workbench/workspace',
      schemaVersion: 4,
      workspace,
    });
  });

  it('round-trips any valid workspace through JSON text unchanged', () => {
    fc.assert(
      fc.property(arbitraryWorkspace(), (workspace) => {
        const text = JSON.stringify(serialiseWorkspaceDocument(workspace));
        const result = parseWorkspaceDocument(JSON.parse(text));
        expect(result).toStrictEqual({ ok: true, value: workspace });
      }),
      { numRuns: 300 },
    );
  });
});
