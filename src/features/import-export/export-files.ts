import { downloadFile } from '@/export/download';
import { contractFileName, type ExportFileKind } from '@/export/export-file-name';
import type { Translate } from '@/i18n/translate';
import type { Workspace } from '@/model/workspace';
import type { ExportReady } from '@/ui/use-export-action';
import { whenIdle } from '@/ui/when-idle';
import type { FilesTranslate } from './csv-labels-from';

/** The file name of an export of the workspace: kind, contract title, version and date. */
export function exportFileName(
  workspace: Workspace,
  kind: ExportFileKind,
  extension: string,
  f: FilesTranslate,
  today: Date,
) {
  return contractFileName(
    workspace.contract,
    kind,
    extension,
    {
      matrix: f('export.kind.matrix'),
      workspace: f('export.kind.workspace'),
      annex: f('export.kind.annex'),
      workbook: f('export.kind.workbook'),
      oscalSsp: f('export.kind.oscalSsp'),
      oscalCatalog: f('export.kind.oscalCatalog'),
    },
    today,
  );
}

/** The whole workspace as a JSON file in the versioned envelope, ready to save. */
export async function prepareWorkspaceJson(
  workspace: Workspace,
  f: FilesTranslate,
): Promise<ExportReady> {
  const [{ exportWorkspaceJson, JSON_MIME_TYPE }, { fingerprintWorkspace }] = await Promise.all([
    import('@/export/json/export-workspace-json'),
    import('@/export/agreement/fingerprint'),
  ]);
  const { fingerprint } = await fingerprintWorkspace(workspace);
  const text = exportWorkspaceJson(workspace, fingerprint);
  const name = exportFileName(workspace, 'workspace', 'json', f, new Date());
  return { save: () => void downloadFile(name, text, JSON_MIME_TYPE) };
}

/** Downloads the whole workspace as a JSON file in the versioned envelope. */
export async function downloadWorkspaceJson(
  workspace: Workspace,
  f: FilesTranslate,
): Promise<void> {
  (await prepareWorkspaceJson(workspace, f)).save();
}

// The CSV export's code, loaded on the click, or ahead of it by prepareCsvAhead.
const loadCsvCode = () =>
  Promise.all([
    import('@/export/csv/export-workspace-csv'),
    import('@/export/csv/write-csv'),
    import('./csv-labels-from'),
    import('@/export/agreement/fingerprint'),
  ]);

/**
 * What a CSV export needs, made ready while the export dialog is open and the browser idle: its
 * code, and the workspace's fingerprint (remembered per workspace), so the click only writes rows.
 */
export function prepareCsvAhead(workspace: Workspace): () => void {
  return whenIdle(
    () =>
      void loadCsvCode().then(([, , , { fingerprintWorkspaceNow }]) =>
        fingerprintWorkspaceNow(workspace),
      ),
    2_000,
  );
}

/** The matrix of every engagement as CSV, ready to save. */
export async function prepareWorkspaceCsv(
  workspace: Workspace,
  t: Translate,
  f: FilesTranslate,
): Promise<ExportReady> {
  const [
    { exportWorkspaceCsv },
    { CSV_MIME_TYPE },
    { csvLabelsFrom },
    { fingerprintWorkspaceNow },
  ] = await loadCsvCode();
  // Computed at once: waiting for Web Crypto gave the browser a frame to render in the middle of
  // the click, and a CSV of 50 engagements has a 20 ms budget (the digest is the same).
  const fingerprint = fingerprintWorkspaceNow(workspace);
  const text = exportWorkspaceCsv(workspace, csvLabelsFrom(t, f), fingerprint);
  const name = exportFileName(workspace, 'matrix', 'csv', f, new Date());
  return { save: () => void downloadFile(name, text, CSV_MIME_TYPE) };
}
