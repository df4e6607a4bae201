import type { ComponentType } from 'react';
import { useT } from '@/i18n/i18n-provider';
import { workspaceStore } from '@/store/use-workspace-store';
import { downloadWorkspaceCsv, downloadWorkspaceJson } from './export-files';
import { OscalExportButton } from './oscal-export-button';
import { PdfExportButton } from './pdf-export-button';
import { XlsxExportButton } from './xlsx-export-button';

const workspace = () => workspaceStore.getState().workspace;

function CsvExportButton() {
  const t = useT();
  const f = useT('files');
  return (
    <button type="button" onClick={() => void downloadWorkspaceCsv(workspace(), t, f)}>
      {f('export.csv')}
    </button>
  );
}

function JsonExportButton() {
  const f = useT('files');
  return (
    <button type="button" onClick={() => void downloadWorkspaceJson(workspace(), f)}>
      {f('export.json')}
    </button>
  );
}

function PrintButton() {
  const f = useT('files');
  return (
    <button type="button" onClick={() => window.print()}>
      {f('export.print')}
    </button>
  );
}

/**
 * The export menu's items, in order. Each is a self-contained component (its button and whatever it
 * says while working), so a new format is one more line here.
 */
export const EXPORT_ITEMS: readonly ComponentType[] = [
  PdfExportButton,
  PrintButton,
  CsvExportButton,
  XlsxExportButton,
  OscalExportButton,
  JsonExportButton,
];
