import { downloadFile } from '@/export/download';
import { contractFileName } from '@/export/export-file-name';
import { runExport, warmExportWorker } from '@/export/worker/export-client';
import { useLanguage, useT } from '@/i18n/i18n-provider';
import type { Translate } from '@/i18n/translate';
import type { PartyDutyGroup } from '@/model/party-duties';
import type { Workspace } from '@/model/workspace';
import { ExportActionStatus } from '@/ui/export-action-status';
import { useExportAction } from '@/ui/use-export-action';
import { csvLabelsFrom } from './export-labels';

interface ExportButtonsProps {
  readonly workspace: Workspace;
  readonly party: string;
  readonly groups: readonly PartyDutyGroup[];
  readonly summary: string;
  readonly p: Translate<'party-duties'>;
}

function fileName(
  workspace: Workspace,
  party: string,
  extension: string,
  p: Translate<'party-duties'>,
): string {
  const labels = { partyDuties: p('party.fileKind', { party }) };
  return contractFileName(workspace.contract, 'partyDuties', extension, labels, new Date());
}

/**
 * Saves the party's list as CSV or PDF, each button with its own status. The CSV writer loads on
 * first use; the PDF is made in the export worker, with progress and Cancel, and names characters
 * no embeddable font can draw before anything is saved, and the user decides.
 */
export function ExportButtons({ workspace, party, groups, summary, p }: ExportButtonsProps) {
  const t = useT();
  const { language } = useLanguage();
  const csv = useExportAction();
  const pdf = useExportAction(true);
  const saveCsv = () =>
    csv.start(async () => {
      const [{ exportPartyDutiesCsv }, { CSV_MIME_TYPE }] = await Promise.all([
        import('@/export/csv/party-duties-csv'),
        import('@/export/csv/write-csv'),
      ]);
      const text = exportPartyDutiesCsv(groups, csvLabelsFrom({ workspace, party }, t, p));
      const name = fileName(workspace, party, 'csv', p);
      return { save: () => void downloadFile(name, text, CSV_MIME_TYPE) };
    });
  const savePdf = () =>
    pdf.start(async (onProgress, signal) => {
      const input = { workspace, party, groups, summary, language };
      const result = await runExport('party-pdf', input, { onProgress, signal });
      const name = fileName(workspace, party, 'pdf', p);
      return {
        missingCharacters: result.missingCharacters,
        save: () => {
          downloadFile(name, result.blob);
          return result.pageCount ?? 0;
        },
      };
    });
  return (
    <div className="party-duties-exports">
      <div className="form-actions">
        <button
          type="button"
          onClick={() => void saveCsv()}
          disabled={csv.state.kind === 'working'}
        >
          {p('party.csv')}
        </button>
        <button
          type="button"
          onClick={() => void savePdf()}
          onPointerEnter={warmExportWorker}
          onFocus={warmExportWorker}
          disabled={pdf.state.kind === 'working'}
        >
          {p('party.pdf')}
        </button>
      </div>
      <ExportActionStatus
        action={csv}
        errorClassName="party-duties-error"
        texts={{
          done: () => p('party.csvDone'),
          failed: (why) => p('party.csvFailed', { why }),
        }}
      />
      <ExportActionStatus
        action={pdf}
        errorClassName="party-duties-error"
        texts={{
          working: p('party.pdfWorking'),
          progress: p('party.progressPdf'),
          cancel: p('party.cancel'),
          cancelled: p('party.cancelled'),
          done: (pages) => p('party.pdfDone', { pages: pages ?? 0 }),
          failed: (why) => p('party.pdfFailed', { why }),
          missing: (chars) => p('party.pdfMissing', { chars }),
          saveAnyway: p('party.saveAnyway'),
        }}
      />
    </div>
  );
}
