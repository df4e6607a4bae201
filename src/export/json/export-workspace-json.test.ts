import { describe, expect, it } from 'vitest';
import { sampleWorkspace } from '../../../tests/fixtures/sample-workspace';
import { exportWorkspaceJson } from './export-workspace-json';

describe('exportWorkspaceJson', () => {
  it('writes the workspace in its versioned envelope, pretty-printed with a final line break', () => {
    const text = exportWorkspaceJson(sampleWorkspace());
    expect(JSON.parse(text)).toEqual({
      format: 'shared-responsibility-workbench/workspace',
      schemaVersion: 4,
      workspace: sampleWorkspace(),
    });
    expect(text.startsWith('{\n  "format": "shared-responsibility-workbench/workspace",\n')).toBe(
      true,
    );
    expect(text.endsWith('}\n')).toBe(true);
  });
});
