import { useState } from 'react';
import { downloadFile } from '@/export/download';
import { isExportCancelled, runExport, warmExportWorker } from '@/export/worker/export-client';
import { useLanguage, useT } from '@/i18n/i18n-provider';
import { workspaceStore } from '@/store/use-workspace-store';
import { ExportProgress } from '@/ui/export-progress';
import { useCancellableRun } from '@/ui/use-cancellable-run';
import { exportFileName } from './export-files';

type PdfState =
  | { readonly kind: 'idle' }
  | { readonly kind: 'working' }
  | { readonly kind: 'cancelled' }
  | { readonly kind: 'missing'; readonly chars: readonly string[]; readonly save: () => void }
  | { readonly kind: 'done'; readonly pages: number }
  | { readonly kind: 'failed'; readonly why: string };

/**
 * Makes the contract annex as a PDF in the export worker, with a progress bar and Cancel, so the page
 * keeps answering however large the workspace. The PDF library and fonts load in the worker on the
 * first use; characters no embeddable font can draw are named before anything is saved, and the
 * user decides.
 */
export function PdfExportButton() {
  const f = useT('files');
  const { language } = useLanguage();
  const [state, setState] = useState<PdfState>({ kind: 'idle' });
  const job = useCancellableRun();
  const make = async () => {
    setState({ kind: 'working' });
    try {
      const workspace = workspaceStore.getState().workspace;
      const result = await job.run((onProgress, signal) =>
        runExport('annex-pdf', { workspace, language }, { onProgress, signal }),
      );
      const save = () => {
        downloadFile(
          exportFileName(workspace, 'annex', 'pdf', f, new Date()),
          result.blob,
          'application/pdf',
        );
        setState({ kind: 'done', pages: result.pageCount ?? 0 });
      };
      if (result.missingCharacters.length > 0)
        setState({ kind: 'missing', chars: result.missingCharacters, save });
      else save();
    } catch (error) {
      if (isExportCancelled(error)) setState({ kind: 'cancelled' });
      else
        setState({ kind: 'failed', why: error instanceof Error ? error.message : String(error) });
    }
  };
  return (
    <div className="pdf-export">
      <button
        type="button"
        onClick={() => void make()}
        onPointerEnter={warmExportWorker}
        onFocus={warmExportWorker}
        disabled={state.kind === 'working'}
      >
        {f('export.pdf')}
      </button>
      {job.fraction !== null ? (
        <ExportProgress
          label={f('export.progressPdf')}
          fraction={job.fraction}
          cancelLabel={f('export.cancel')}
          onCancel={job.cancel}
        />
      ) : null}
      <div role="status">
        {state.kind === 'working' ? f('export.pdfWorking') : null}
        {state.kind === 'cancelled' ? f('export.cancelled') : null}
        {state.kind === 'done' ? f('export.pdfDone', { pages: state.pages }) : null}
      </div>
      {state.kind === 'missing' ? (
        <div role="alert" className="field-error">
          {f('export.pdfMissing', { chars: state.chars.join(' ') })}{' '}
          <button type="button" onClick={state.save}>
            {f('export.pdfSaveAnyway')}
          </button>
        </div>
      ) : null}
      {state.kind === 'failed' ? (
        <p role="alert" className="field-error">
          {f('export.pdfFailed', { why: state.why })}
        </p>
      ) : null}
    </div>
  );
}
