import { useId, useRef, useState } from 'react';
import { downloadFile } from '@/export/download';
import { buildExportFileName, fileNameDate } from '@/export/export-file-name';
import { isExportCancelled, runExport } from '@/export/worker/export-client';
import { FILES_MESSAGES } from '@/i18n/files-messages';
import { useSectionT } from '@/i18n/use-section-t';

import { decodeImportBytes } from '@/import/decode-import-bytes';
import type { ImportIssue } from '@/import/import-issue';
import { getPersistence } from '@/store/persistence/persistence-handle';
import { ExportProgress } from '@/ui/export-progress';
import { useCancellableRun } from '@/ui/use-cancellable-run';
import { ImportIssueList } from './import-issue-list';

type BackupState =
  | { readonly kind: 'idle' }
  | { readonly kind: 'restored'; readonly count: number }
  | { readonly kind: 'cancelled' }
  | { readonly kind: 'failed'; readonly why: string }
  | { readonly kind: 'refused'; readonly issues: readonly ImportIssue[] };

/**
 * Backs up every workspace of this browser into one file (written in the export worker, with progress
 * and Cancel), and restores such a file (all or nothing).
 */
export function BackupFields() {
  const f = useSectionT(FILES_MESSAGES);
  const inputId = useId();
  const input = useRef<HTMLInputElement>(null);
  const [state, setState] = useState<BackupState>({ kind: 'idle' });
  const job = useCancellableRun();
  const backUp = async () => {
    const persistence = getPersistence();
    if (!persistence) return;
    setState({ kind: 'idle' });
    try {
      const now = new Date();
      const result = await job.run(async (onProgress, signal) => {
        const { items } = await persistence.library.readAll();
        return runExport('backup', { items, now: now.toISOString() }, { onProgress, signal });
      });
      downloadFile(backupName(now), result.blob, 'application/json');
    } catch (error) {
      if (isExportCancelled(error)) setState({ kind: 'cancelled' });
      else
        setState({ kind: 'failed', why: error instanceof Error ? error.message : String(error) });
    }
  };
  const backupName = (now: Date) =>
    buildExportFileName(
      { kind: 'backup', title: '', version: '', date: fileNameDate('', now), extension: 'json' },
      { backup: f('backup.kind') },
    );
  const restore = async (file: File | undefined) => {
    if (!file) return;
    if (input.current) input.current.value = '';
    const decoded = decodeImportBytes(new Uint8Array(await file.arrayBuffer()));
    const { importBackup } = await import('@/import/backup/import-backup');
    const result = decoded.ok ? importBackup(decoded.value) : decoded;
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
      <button type="button" onClick={() => void backUp()} disabled={job.fraction !== null}>
        {f('backup.export')}
      </button>
      {job.fraction !== null ? (
        <ExportProgress
          label={f('backup.progress')}
          fraction={job.fraction}
          cancelLabel={f('export.cancel')}
          onCancel={job.cancel}
        />
      ) : null}
      <label htmlFor={inputId}>{f('backup.import')}</label>
      <input
        id={inputId}
        ref={input}
        type="file"
        accept=".json,application/json"
        onChange={(e) => void restore(e.target.files?.[0])}
      />
      <div role="status">
        {state.kind === 'restored' ? f('backup.restored', { count: state.count }) : null}
        {state.kind === 'cancelled' ? f('export.cancelled') : null}
      </div>
      {state.kind === 'failed' ? (
        <p role="alert" className="field-error">
          {f('backup.failed', { why: state.why })}
        </p>
      ) : null}
      {state.kind === 'refused' ? (
        <div role="alert" className="import-refused">
          <p>{f('backup.refused')}</p>
          <ImportIssueList issues={state.issues} />
        </div>
      ) : null}
    </div>
  );
}
