import { useState } from 'react';
import { downloadFile } from '@/export/download';
import { contractFileName } from '@/export/export-file-name';
import { isExportCancelled, runExport, warmExportWorker } from '@/export/worker/export-client';
import { useLanguage, useT } from '@/i18n/i18n-provider';
import type { PartyDutyGroup } from '@/model/party-duties';
import type { Workspace } from '@/model/workspace';
import { ExportProgress } from '@/ui/export-progress';
import { useCancellableRun } from '@/ui/use-cancellable-run';
import type { PartyT } from './duty-words';
import { csvLabelsFrom } from './export-labels';

type ExportState =
  | { readonly kind: 'idle' }
  | { readonly kind: 'working' }
  | { readonly kind: 'cancelled' }
  | { readonly kind: 'csvDone' }
  | { readonly kind: 'pdfDone'; readonly pages: number }
  | { readonly kind: 'missing'; readonly chars: readonly string[]; readonly save: () => void }
  | { readonly kind: 'failed'; readonly message: string };

interface ExportButtonsProps {
  readonly workspace: Workspace;
  readonly party: string;
  readonly groups: readonly PartyDutyGroup[];
  readonly summary: string;
  readonly p: PartyT;
}

function fileName(workspace: Workspace, party: string, extension: string, p: PartyT): string {
  const labels = { partyDuties: p('party.fileKind', { party }) };
  return contractFileName(workspace.contract, 'partyDuties', extension, labels, new Date());
}

const why = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * Saves the party's list as CSV or PDF. The CSV writer loads on first use; the PDF is made in the
 * export worker, with progress and Cancel, and names characters no embeddable font can draw before
 * anything is saved, and the user decides.
 */
export function ExportButtons({ workspace, party, groups, summary, p }: ExportButtonsProps) {
  const t = useT();
  const { language } = useLanguage();
  const [state, setState] = useState<ExportState>({ kind: 'idle' });
  const job = useCancellableRun();
  const subject = { workspace, party };
  const saveCsv = async () => {
    try {
      const [{ exportPartyDutiesCsv }, { CSV_MIME_TYPE }] = await Promise.all([
        import('@/export/csv/party-duties-csv'),
        import('@/export/csv/write-csv'),
      ]);
      const text = exportPartyDutiesCsv(groups, csvLabelsFrom(subject, t, p));
      downloadFile(fileName(workspace, party, 'csv', p), text, CSV_MIME_TYPE);
      setState({ kind: 'csvDone' });
    } catch (error) {
      setState({ kind: 'failed', message: p('party.csvFailed', { why: why(error) }) });
    }
  };
  const savePdf = async () => {
    setState({ kind: 'working' });
    try {
      const input = { workspace, party, groups, summary, language };
      const result = await job.run((onProgress, signal) =>
        runExport('party-pdf', input, { onProgress, signal }),
      );
      const save = () => {
        downloadFile(fileName(workspace, party, 'pdf', p), result.blob, 'application/pdf');
        setState({ kind: 'pdfDone', pages: result.pageCount ?? 0 });
      };
      if (result.missingCharacters.length > 0) {
        setState({ kind: 'missing', chars: result.missingCharacters, save });
      } else save();
    } catch (error) {
      if (isExportCancelled(error)) setState({ kind: 'cancelled' });
      else setState({ kind: 'failed', message: p('party.pdfFailed', { why: why(error) }) });
    }
  };
  const working = state.kind === 'working';
  return (
    <div className="party-duties-exports">
      <div className="form-actions">
        <button type="button" onClick={() => void saveCsv()} disabled={working}>
          {p('party.csv')}
        </button>
        <button
          type="button"
          onClick={() => void savePdf()}
          onPointerEnter={warmExportWorker}
          onFocus={warmExportWorker}
          disabled={working}
        >
          {p('party.pdf')}
        </button>
      </div>
      {job.fraction !== null ? (
        <ExportProgress
          label={p('party.progressPdf')}
          fraction={job.fraction}
          cancelLabel={p('party.cancel')}
          onCancel={job.cancel}
        />
      ) : null}
      <p role="status" className="field-hint">
        {working ? p('party.pdfWorking') : null}
        {state.kind === 'cancelled' ? p('party.cancelled') : null}
        {state.kind === 'csvDone' ? p('party.csvDone') : null}
        {state.kind === 'pdfDone' ? p('party.pdfDone', { pages: state.pages }) : null}
      </p>
      {state.kind === 'missing' ? (
        <div role="alert" className="party-duties-error">
          {p('party.pdfMissing', { chars: state.chars.join(' ') })}{' '}
          <button type="button" onClick={state.save}>
            {p('party.saveAnyway')}
          </button>
        </div>
      ) : null}
      {state.kind === 'failed' ? (
        <p role="alert" className="party-duties-error">
          {state.message}
        </p>
      ) : null}
    </div>
  );
}
