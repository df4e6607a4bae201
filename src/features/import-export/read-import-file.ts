import { decodeImportBytes } from '@/import/decode-import-bytes';
import type { ImportResult } from '@/import/import-issue';
import type { Workspace } from '@/model/workspace';
import { readImportInWorker } from './import-client';
import type { ImportKind } from './import-protocol';
import { readImportOffThread } from './read-import-off-thread';

/**
 * Reads a chosen file into a workspace: a JSON or OSCAL file in the import worker (parsing and
 * checking a large workspace would hold the page), where the worker is available; a CSV carries the
 * matrix only, so it is applied to the open workspace (`frame`) here. Nothing changes here.
 */
export async function readImportFile(
  file: File,
  frame: Workspace,
  onProgress: (fraction: number) => void = () => undefined,
): Promise<{ kind: ImportKind; result: ImportResult<Workspace> }> {
  if (!file.name.toLowerCase().endsWith('.csv')) {
    const outcome =
      (await readImportInWorker(file, 'workspace', onProgress)) ??
      (await readImportOffThread(file, 'workspace', onProgress));
    if (outcome.kind !== 'backup' && outcome.result)
      return { kind: outcome.kind, result: outcome.result };
  }
  const decoded = decodeImportBytes(new Uint8Array(await file.arrayBuffer()));
  if (!decoded.ok) return { kind: 'csv', result: decoded };
  const { importWorkspaceCsv } = await import('@/import/csv/import-workspace-csv');
  return { kind: 'csv', result: importWorkspaceCsv(decoded.value, frame) };
}
