import { warmExportWorker } from '@/export/worker/export-client';
import { useT } from '@/i18n/i18n-provider';
import { useShellStore } from '@/store/shell-store';
import { workspaceStore } from '@/store/use-workspace-store';
import { BackupFields } from './backup-fields';
import { ExportCheck } from './export-check';
import { downloadWorkspaceJson } from './export-files';
import { EXPORT_ITEMS } from './export-items';
import { ImportFileField } from './import-file-field';
import './import-export-panel.css';
import { ShareLinkField } from './share-link-field';

// This code loads when "Export and share" is pointed at, focused or opened (src/app/shell-dialogs.tsx):
// an export is likely next, so the export worker starts loading the PDF library and base font now,
// before the dialog has rendered. PdfExportButton warms it again on each later opening, since a
// cancelled export ends the worker.
warmExportWorker();

/**
 * Everything that leaves or enters the app as a file or a link: first what the contract still lacks,
 * then the export menu (PDF, print, CSV, JSON, and what other formats add), share, import, backup.
 */
export function ImportExportPanel() {
  const f = useT('files');
  return (
    <section className="panel import-export-panel" aria-labelledby="import-export-heading">
      <h2 id="import-export-heading">{f('export.heading')}</h2>
      <ExportCheck />
      <h3>{f('export.filesHeading')}</h3>
      <p className="field-hint">{f('export.intro')}</p>
      <ul className="export-items" aria-label={f('export.menuLabel')}>
        {EXPORT_ITEMS.map((Item, index) => (
          // The list is fixed at build time; its order never changes while shown.
          // biome-ignore lint/suspicious/noArrayIndexKey: see above
          <li key={index}>
            <Item />
          </li>
        ))}
      </ul>
      <h3>{f('share.heading')}</h3>
      <ShareLinkField
        onExportFile={() => void downloadWorkspaceJson(workspaceStore.getState().workspace, f)}
      />
      <h3>{f('import.heading')}</h3>
      <ImportFileField
        onImported={(message) => {
          // The imported work is what the user wants to see next: close the dialog, say it was done.
          const { announce, showDialog } = useShellStore.getState();
          announce(message);
          showDialog(null);
        }}
      />
      <BackupFields />
    </section>
  );
}
