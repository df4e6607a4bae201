import { useEffect } from 'react';
import { downloadFile } from '@/export/download';
import { runExport, warmExportWorker } from '@/export/worker/export-client';
import { useLanguage, useT } from '@/i18n/i18n-provider';
import { workspaceStore } from '@/store/use-workspace-store';
import { ExportActionStatus } from '@/ui/export-action-status';
import { useExportAction } from '@/ui/use-export-action';
import { exportFileName } from './export-files';

/**
 * Makes the contract annex as a PDF in the export worker, with a progress bar and Cancel, so the page
 * keeps answering however large the workspace. The PDF library and fonts load in the worker on the
 * first use; characters no embeddable font can draw are named before anything is saved, and the
 * user decides.
 */
export function PdfExportButton() {
  const f = useT('files');
  const { language } = useLanguage();
  const action = useExportAction(true);
  // The export dialog is open: the PDF is likely next, so the worker loads its library and base
  // font now rather than on the click (the pointer or focus on the button still starts it too). On
  // the first opening the panel's code has started it already (import-export-panel.tsx).
  useEffect(() => warmExportWorker(), []);
  const make = () =>
    action.start(async (onProgress, signal) => {
      const workspace = workspaceStore.getState().workspace;
      const result = await runExport('annex-pdf', { workspace, language }, { onProgress, signal });
      const name = exportFileName(workspace, 'annex', 'pdf', f, new Date());
      return {
        missingCharacters: result.missingCharacters,
        save: () => {
          downloadFile(name, result.blob);
          return result.pageCount ?? 0;
        },
      };
    });
  return (
    <div className="pdf-export">
      <button
        type="button"
        onClick={() => void make()}
        onPointerEnter={warmExportWorker}
        onFocus={warmExportWorker}
        disabled={action.state.kind === 'working'}
      >
        {f('export.pdf')}
      </button>
      <ExportActionStatus
        action={action}
        texts={{
          working: f('export.pdfWorking'),
          progress: f('export.progressPdf'),
          cancel: f('export.cancel'),
          cancelled: f('export.cancelled'),
          done: (pages) => f('export.pdfDone', { pages: pages ?? 0 }),
          failed: (why) => f('export.pdfFailed', { why }),
          missing: (chars) => f('export.pdfMissing', { chars }),
          saveAnyway: f('export.pdfSaveAnyway'),
        }}
      />
    </div>
  );
}
