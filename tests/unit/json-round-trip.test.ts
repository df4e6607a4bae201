import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exportWorkspaceJson } from '@/export/json/export-workspace-json';
import { importWorkspaceJson } from '@/import/json/import-workspace-json';
import { arbitraryWorkspace } from '../support/arbitrary-workspace';

// Export and import may not import each other (docs/architecture.md), so this test lives here.
describe('JSON export and import', () => {
  it('export then import gives the same workspace', () => {
    fc.assert(
      fc.property(arbitraryWorkspace(), (workspace) => {
        expect(importWorkspaceJson(exportWorkspaceJson(workspace))).toEqual({
          ok: true,
          value: workspace,
        });
      }),
      { numRuns: 200 },
    );
  });
});
