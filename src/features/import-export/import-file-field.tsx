import { useState } from 'react';
import { useT } from '@/i18n/i18n-provider';

import type { ImportIssue } from '@/import/import-issue';
import { replaceWorkspace } from '@/model/replace-workspace';
import type { Workspace } from '@/model/workspace';
import { useLibraryStore } from '@/store/persistence/library-store';
import { getPersistence } from '@/store/persistence/persistence-handle';
import { workspaceStore } from '@/store/use-workspace-store';
import { FileChooser } from '@/ui/file-chooser';
import { ImportIssueList } from './import-issue-list';
import { readImportFile } from './read-import-file';

type ImportState =
  | { readonly kind: 'idle' }
  | { readonly kind: 'reading'; readonly file: string; readonly fraction: number | null }
  | { readonly kind: 'refused'; readonly file: string; readonly issues: readonly ImportIssue[] }
  | {
      readonly kind: 'ready';
      readonly file: string;
      readonly workspace: Workspace;
      readonly confirming: boolean;
    }
  | { readonly kind: 'done'; readonly message: string };

/**
 * Imports a JSON or CSV file all-or-nothing: a refused file lists every issue and changes nothing; a
 * valid one opens as a new workspace or, once confirmed, replaces the open one as an undoable edit.
 */
export function ImportFileField({
  onImported,
}: {
  /** Told once a file was opened or applied, so a host dialog can close and say so. */
  onImported?: (message: string) => void;
} = {}) {
  const f = useT('files');
  const [state, setState] = useState<ImportState>({ kind: 'idle' });
  const finish = (message: string) => {
    setState({ kind: 'done', message });
    onImported?.(message);
  };
  const currentName = useLibraryStore((s) => s.current?.name) || f('workspaces.untitled');
  const choose = async (file: File) => {
    // A large file takes a moment to read and check: say so before the work starts.
    setState({ kind: 'reading', file: file.name, fraction: null });
    // The worker reports how far it is, so a large file shows a filling bar.
    const onProgress = (fraction: number) =>
      setState((s) => (s.kind === 'reading' ? { ...s, fraction } : s));
    const { result } = await readImportFile(file, workspaceStore.getState().workspace, onProgress);
    setState(
      result.ok
        ? { kind: 'ready', file: file.name, workspace: result.value, confirming: false }
        : { kind: 'refused', file: file.name, issues: result.issues },
    );
  };
  return (
    <div className="import-field">
      <FileChooser
        label={f('import.choose')}
        hint={f('import.hint')}
        buttonText={f('file.choose')}
        accept=".json,.csv,application/json,text/csv"
        onFile={(file) => void choose(file)}
      />
      <div role="status" aria-live="polite">
        {state.kind === 'reading' ? (
          <p className="import-reading">
            <progress
              aria-label={f('import.reading', { file: state.file })}
              max={100}
              value={state.fraction === null ? undefined : Math.round(state.fraction * 100)}
            />{' '}
            {f('import.reading', { file: state.file })}
          </p>
        ) : null}
        {state.kind === 'done' ? <p>{state.message}</p> : null}
        {state.kind === 'ready' ? (
          <div className="import-choice">
            <p>{f('import.ready', { file: state.file })}</p>
            {state.confirming ? (
              <>
                <p>{f('import.confirmReplace', { name: currentName })}</p>
                <div className="form-actions">
                  <button
                    type="button"
                    className="primary"
                    onClick={() => {
                      workspaceStore.getState().edit(replaceWorkspace, state.workspace);
                      finish(f('import.replaced', { file: state.file }));
                    }}
                  >
                    {f('import.confirm')}
                  </button>
                  <button type="button" onClick={() => setState({ ...state, confirming: false })}>
                    {f('import.cancel')}
                  </button>
                </div>
              </>
            ) : (
              <div className="form-actions">
                <button
                  type="button"
                  className="primary"
                  onClick={() => {
                    const name =
                      state.workspace.contract.title || state.file.replace(/\.[^.]+$/, '');
                    void getPersistence()?.controller.create(name, state.workspace);
                    finish(f('import.done', { file: state.file }));
                  }}
                >
                  {f('import.openNew')}
                </button>
                <button type="button" onClick={() => setState({ ...state, confirming: true })}>
                  {f('import.replace')}
                </button>
              </div>
            )}
          </div>
        ) : null}
      </div>
      {state.kind === 'refused' ? (
        <div role="alert" className="import-refused">
          <p>{f('import.refused', { file: state.file })}</p>
          <ImportIssueList issues={state.issues} />
        </div>
      ) : null}
    </div>
  );
}
