import { downloadFile } from '@/export/download';
import { useT } from '@/i18n/i18n-provider';
import { useLibraryStore } from '@/store/persistence/library-store';
import { workspaceStore } from '@/store/use-workspace-store';
import { ExportActionStatus } from '@/ui/export-action-status';
import { useExportAction } from '@/ui/use-export-action';
import { exportFileName } from './export-files';
import { oscalLabelsFrom } from './oscal-labels-from';

// A workspace not (yet) saved in this browser still gets stable UUIDs within its session.
const UNSAVED_KEY = 'unsaved';

/**
 * Saves the workspace as OSCAL 1.2.2 JSON: the system security plan, and beside it our catalogue
 * that the plan's requirements point to (two files, the plan naming the catalogue's file). The
 * exporter loads on the first click; self-contained so an export menu can place it anywhere.
 */
export function OscalExportButton() {
  const t = useT();
  const f = useT('files');
  const o = useT('oscal');
  const workspaceKey = useLibraryStore((s) => s.current?.id) ?? UNSAVED_KEY;
  const action = useExportAction();
  const make = () =>
    action.start(async () => {
      const workspace = workspaceStore.getState().workspace;
      const [{ exportOscal, OSCAL_MIME_TYPE }, { fingerprintWorkspace }] = await Promise.all([
        import('@/export/oscal/export-oscal'),
        import('@/export/agreement/fingerprint'),
      ]);
      const { fingerprint } = await fingerprintWorkspace(workspace);
      const now = new Date();
      const catalogName = exportFileName(workspace, 'oscalCatalog', 'json', f, now);
      const files = exportOscal(workspace, oscalLabelsFrom(t, f, o), {
        workspaceKey,
        // Seconds only: OSCAL wants a time zone, and a re-export a minute later should differ only here.
        lastModified: `${now.toISOString().slice(0, 19)}Z`,
        catalogHref: encodeURI(catalogName),
        fingerprint,
      });
      const sspName = exportFileName(workspace, 'oscalSsp', 'json', f, now);
      return {
        save: () => {
          downloadFile(sspName, files.ssp, OSCAL_MIME_TYPE);
          downloadFile(catalogName, files.catalog, OSCAL_MIME_TYPE);
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
          done: () => f('export.oscalDone'),
          failed: (why) => f('export.oscalFailed', { why }),
        }}
      />
    </div>
  );
}
