import { useState } from 'react';
import { downloadFile } from '@/export/download';
import { buildExportFileName, fileNameDate } from '@/export/export-file-name';
import { runExport } from '@/export/worker/export-client';
import { useT } from '@/i18n/i18n-provider';
import type { ImportIssue } from '@/import/import-issue';
import { getPersistence } from '@/store/persistence/persistence-handle';
import { ExportActionStatus } from '@/ui/export-action-status';
import { FileChooser } from '@/ui/file-chooser';
import { useExportAction } from '@/ui/use-export-action';
import { readImportInWorker } from './import-client';
import { ImportIssueList } from './import-issue-list';
import { readImportOffThread } from './read-import-off-thread';

// Backing up is an export and runs through the export action; this is only the restore's state.
type RestoreState =
  | { readonly kind: 'idle' }
  | { readonly kind: 'restored'; readonly count: number }
  | { readonly kind: 'refused'; readonly issues: readonly ImportIssue[] };

/**
 * Backs up every workspace of this browser into one file (written in the export worker, with progress
 * and Cancel), and restores such a file (all or nothing).
 */
export function BackupFields() {
  const f = useT('files');
  const [state, setState] = useState<RestoreState>({ kind: 'idle' });
  const backup = useExportAction(true);
  const backUp = async () => {
    const persistence = getPersistence();
    if (!persistence) return;
    setState({ kind: 'idle' });
    await backup.start(async (onProgress, signal) => {
      const now = new Date();
      const { items } = await persistence.library.readAll();
      const input = { items, now: now.toISOString() };
      const result = await runExport('backup', input, { onProgress, signal });
      return { save: () => void downloadFile(backupName(now), result.blob) };
    });
  };
  const backupName = (now: Date) =>
    buildExportFileName(
      { kind: 'backup', title: '', version: '', date: fileNameDate('', now), extension: 'json' },
      { backup: f('backup.kind') },
    );
  const restore = async (file: File) => {
    // Parsing and checking every workspace of a large backup runs in the worker, where there is one.
    const ignore = () => undefined;
    const outcome =
      (await readImportInWorker(file, 'backup', ignore)) ??
      (await readImportOffThread(file, 'backup', ignore));
    if (outcome.kind !== 'backup') return;
    const { result } = outcome;
    if (!result.ok) {
      setState({ kind: 'refused', issues: result.issues });
      return;
    }
    const items = result.value.map(({ name, shared, document }) => ({
      name,
      shared,
      workspace: document,
    }));
    const restored = await getPersistence()?.library.restore(items);
    setState(restored ? { kind: 'restored', count: items.length } : { kind: 'idle' });
  };
  return (
    <div className="backup-fields">
      <button
        type="button"
        onClick={() => void backUp()}
        disabled={backup.state.kind === 'working'}
      >
        {f('backup.export')}
      </button>
      <ExportActionStatus
        action={backup}
        texts={{
          progress: f('backup.progress'),
          cancel: f('export.cancel'),
          cancelled: f('export.cancelled'),
          failed: (why) => f('backup.failed', { why }),
        }}
      />
      <FileChooser
        label={f('backup.import')}
        buttonText={f('file.choose')}
        accept=".json,application/json"
        onFile={(file) => void restore(file)}
      />
      <div role="status">
        {state.kind === 'restored' ? f('backup.restored', { count: state.count }) : null}
      </div>
      {state.kind === 'refused' ? (
        <div role="alert" className="import-refused">
          <p>{f('backup.refused')}</p>
          <ImportIssueList issues={state.issues} />
        </div>
      ) : null}
    </div>
  );
}
