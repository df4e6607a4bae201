import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exportBackup } from '@/export/backup/export-backup';
import { importBackup } from '@/import/backup/import-backup';
import { createWorkspace } from '@/model/create-workspace';
import { arbitraryWorkspace } from '../support/arbitrary-workspace';

const NOW = new Date('2026-11-28T12:00:00Z');

describe('backup of all workspaces', () => {
  it('gives back every workspace with its name and origin', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            name: fc.string({ maxLength: 50 }),
            shared: fc.boolean(),
            workspace: arbitraryWorkspace(),
          }),
          { maxLength: 4 },
        ),
        (items) => {
          const restored = importBackup(exportBackup(items, NOW));
          expect(restored).toEqual({
            ok: true,
            value: items.map(({ name, shared, workspace }) => ({
              name,
              shared,
              document: workspace,
            })),
          });
        },
      ),
      { numRuns: 40 },
    );
  });

  it('refuses the whole backup when one workspace is damaged, saying where', () => {
    const good = {
      name: 'a',
      shared: false,
      workspace: createWorkspace({ resourceService: 'iaas', mode: 'cloudService' }),
    };
    const backup = JSON.parse(exportBackup([good, good], NOW));
    backup.workspaces[1].document.workspace.engagements[0].mode = 'hybrid';
    const result = importBackup(JSON.stringify(backup));
    expect(result.ok).toBe(false);
    expect(!result.ok && result.issues).toEqual([
      expect.objectContaining({
        code: 'invalid-value',
        path: 'workspaces[1].document.workspace.engagements[0].mode',
      }),
    ]);
  });

  it.each([
    {
      what: 'a single workspace file',
      text: '{"format":"shared-responsibility-workbench/workspace","schemaVersion":1}',
      code: 'wrong-format',
    },
    {
      what: 'a newer backup',
      text: '{"format":"shared-responsibility-workbench/backup","schemaVersion":9,"workspaces":[]}',
      code: 'newer-version',
    },
    { what: 'broken JSON', text: '{"format":', code: 'json-syntax' },
    {
      what: 'an unknown top-level key',
      text: '{"format":"shared-responsibility-workbench/backup","schemaVersion":1,"workspaces":[],"x":1}',
      code: 'unknown-key',
    },
  ])('refuses $what', ({ text, code }) => {
    const result = importBackup(text);
    expect(!result.ok && result.issues[0]?.code).toBe(code);
  });

  it('never throws on any string', () => {
    fc.assert(fc.property(fc.string(), (text) => void importBackup(text)));
  });
});
