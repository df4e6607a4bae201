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

type CsvCode = Awaited<ReturnType<typeof loadCsvCode>>;

/** The matrix of every engagement as a CSV file's content. */
function writeWorkspaceCsv(
  [
    { exportWorkspaceCsv },
    { CSV_MIME_TYPE },
    { csvLabelsFrom },
    { fingerprintWorkspaceNow },
  ]: CsvCode,
  workspace: Workspace,
  t: Translate,
  f: FilesTranslate,
): Blob {
  // Computed at once: waiting for Web Crypto gave the browser a frame to render in the middle of
  // the click, and a CSV of 50 engagements has a 20 ms budget (the digest is the same).
  const fingerprint = fingerprintWorkspaceNow(workspace);
  const text = exportWorkspaceCsv(workspace, csvLabelsFrom(t, f), fingerprint);
  return new Blob([text], { type: CSV_MIME_TYPE });
}

// Up to this many engagements the CSV is written ahead of the click, in one idle task (16-20 ms at
// 100 engagements on the benchmark machine, fingerprint included); a larger workspace's would be a
// task long enough to delay the user's next input, so only its code and fingerprint are made ready.
const CSV_AHEAD_MAX_ENGAGEMENTS = 100;

// The CSV written ahead, for one workspace object (an edit makes a new one) in one language.
let csvAhead:
  | {
      readonly workspace: Workspace;
      readonly t: Translate;
      readonly f: FilesTranslate;
      readonly file: Blob;
    }
  | undefined;

/**
 * What a CSV export needs, made ready while the export dialog is open and the browser idle: its
 * code, the workspace's fingerprint (remembered per workspace) and, for a workspace of up to 100
 * engagements, the file itself, so the click only saves it. The returned function cancels this and
 * lets the file go.
 */
export function prepareCsvAhead(workspace: Workspace, t: Translate, f: FilesTranslate): () => void {
  let cancelled = false;
  const cancelIdle = whenIdle(
    () =>
      void loadCsvCode().then((code) => {
        if (cancelled) return;
        if (workspace.engagements.length > CSV_AHEAD_MAX_ENGAGEMENTS) {
          const [, , , { fingerprintWorkspaceNow }] = code;
          fingerprintWorkspaceNow(workspace);
          return;
        }
        csvAhead = { workspace, t, f, file: writeWorkspaceCsv(code, workspace, t, f) };
      }),
    2_000,
  );
  return () => {
    cancelled = true;
    cancelIdle();
    csvAhead = undefined;
  };
}

/** The matrix of every engagement as CSV, ready to save. */
export async function prepareWorkspaceCsv(
  workspace: Workspace,
  t: Translate,
  f: FilesTranslate,
): Promise<ExportReady> {
  const ahead = csvAhead;
  const file =
    ahead && ahead.workspace === workspace && ahead.t === t && ahead.f === f
      ? ahead.file
      : writeWorkspaceCsv(await loadCsvCode(), workspace, t, f);
  const name = exportFileName(workspace, 'matrix', 'csv', f, new Date());
  return { save: () => void downloadFile(name, file) };
}
