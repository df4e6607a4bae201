import { downloadFile } from '@/export/download';
import { runExport } from '@/export/worker/export-client';
import { useLanguage, useT } from '@/i18n/i18n-provider';
import { useLibraryStore } from '@/store/persistence/library-store';
import { workspaceStore } from '@/store/use-workspace-store';
import { ExportActionStatus } from '@/ui/export-action-status';
import { useExportAction } from '@/ui/use-export-action';
import { exportFileName } from './export-files';

// A workspace not (yet) saved in this browser still gets stable UUIDs within its session.
const UNSAVED_KEY = 'unsaved';

/**
 * Saves the workspace as OSCAL 1.2.2 JSON: the system security plan, and beside it our catalogue
 * that the plan's requirements point to (two files, the plan naming the catalogue's file). Both are
 * made in the export worker, with Cancel; self-contained so an export menu can place it anywhere.
 */
export function OscalExportButton() {
  const { language } = useLanguage();
  const f = useT('files');
  const workspaceKey = useLibraryStore((s) => s.current?.id) ?? UNSAVED_KEY;
  const action = useExportAction(true);
  const make = () =>
    action.start(async (onProgress, signal) => {
      const workspace = workspaceStore.getState().workspace;
      const now = new Date();
      const catalogName = exportFileName(workspace, 'oscalCatalog', 'json', f, now);
      const sspName = exportFileName(workspace, 'oscalSsp', 'json', f, now);
      const input = {
        workspace,
        language,
        workspaceKey,
        // Seconds only: OSCAL wants a time zone, and a re-export a minute later should differ only here.
        lastModified: `${now.toISOString().slice(0, 19)}Z`,
        catalogHref: encodeURI(catalogName),
      };
      const result = await runExport('oscal', input, { onProgress, signal });
      return {
        save: () => {
          downloadFile(sspName, result.blob);
          if (result.companion) downloadFile(catalogName, result.companion);
          return undefined;
        },
      };
    });
  return (
    <div className="oscal-export">
      <button type="button" onClick={() => void make()} disabled={action.state.kind === 'working'}>
        {f('export.oscal')}
      </button>
      <ExportActionStatus
        action={action}
        texts={{
          working: f('export.working'),
          progress: f('export.progressOscal'),
          cancel: f('export.cancel'),
          cancelled: f('export.cancelled'),
          done: () => f('export.oscalDone'),
          failed: (why) => f('export.oscalFailed', { why }),
        }}
      />
    </div>
  );
}
