import { FILES_MESSAGES } from '@/i18n/files-messages';
import { useT } from '@/i18n/i18n-provider';
import { useSectionT } from '@/i18n/use-section-t';

import { workspaceStore } from '@/store/use-workspace-store';
import { BackupFields } from './backup-fields';
import { downloadWorkspaceCsv, downloadWorkspaceJson } from './export-files';
import { ImportFileField } from './import-file-field';
import { OscalExportButton } from './oscal-export-button';
import { PdfExportButton } from './pdf-export-button';
import './import-export-panel.css';
import { ShareLinkField } from './share-link-field';
import { XlsxExportButton } from './xlsx-export-button';

/** Everything that leaves or enters the app as a file or a link: CSV, JSON, print, share, import. */
export function ImportExportPanel() {
  const t = useT();
  const f = useSectionT(FILES_MESSAGES);
  const workspace = () => workspaceStore.getState().workspace;
  return (
    <section className="panel import-export-panel" aria-labelledby="import-export-heading">
      <h2 id="import-export-heading">{f('export.heading')}</h2>
      <p className="field-hint">{f('export.intro')}</p>
      <div className="form-actions">
        <button type="button" onClick={() => void downloadWorkspaceCsv(workspace(), t, f)}>
          {f('export.csv')}
        </button>
        <button type="button" onClick={() => void downloadWorkspaceJson(workspace(), f)}>
          {f('export.json')}
        </button>
        <PdfExportButton />
        <XlsxExportButton />
        <OscalExportButton />
        <button type="button" onClick={() => window.print()}>
          {f('export.print')}
        </button>
      </div>
      <ShareLinkField onExportFile={() => void downloadWorkspaceJson(workspace(), f)} />
      <ImportFileField />
      <BackupFields />
    </section>
  );
}
