import { describe, expect, it } from 'vitest';
import { exportBackup } from '@/export/backup/export-backup';
import { exportWorkspaceJson } from '@/export/json/export-workspace-json';
import { goldenWorkspace } from '../../../tests/fixtures/csv/golden-workspace';
import { readImportOffThread } from './read-import-off-thread';

function track() {
  const seen: number[] = [];
  return { seen, onProgress: (fraction: number) => seen.push(fraction) };
}

describe('reading an import as the worker does', () => {
  it('reads a workspace JSON with rising progress', async () => {
    const { seen, onProgress } = track();
    const file = new File([exportWorkspaceJson(goldenWorkspace())], 'w.json');
    const outcome = await readImportOffThread(file, 'workspace', onProgress);
    expect(outcome.kind).toBe('json');
    expect(outcome.result?.ok).toBe(true);
    expect(seen.length).toBeGreaterThanOrEqual(2);
    expect(seen).toEqual([...seen].sort((a, b) => a - b));
  });

  it('refuses broken JSON with where, as the main thread did', async () => {
    const file = new File(['{\n  "format": ,\n}'], 'broken.json');
    const outcome = await readImportOffThread(file, 'workspace', () => undefined);
    expect(outcome.result?.ok).toBe(false);
    if (outcome.result && !outcome.result.ok) {
      expect(outcome.result.issues[0]).toMatchObject({ code: 'json-syntax', line: 2 });
    }
  });

  it('leaves a CSV to the main thread, which applies it to the open workspace', async () => {
    const file = new File(['a,b\n1,2\n'], 'matrix');
    expect(await readImportOffThread(file, 'workspace', () => undefined)).toEqual({ kind: 'csv' });
  });

  it('reads a backup of every workspace', async () => {
    const text = exportBackup(
      [{ name: 'A', shared: false, workspace: goldenWorkspace() }],
      new Date('2026-01-01T00:00:00Z'),
    );
    const outcome = await readImportOffThread(
      new File([text], 'b.json'),
      'backup',
      () => undefined,
    );
    expect(outcome.kind).toBe('backup');
    expect(outcome.result?.ok).toBe(true);
  });
});
