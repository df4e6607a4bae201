import { useT } from '@/i18n/i18n-provider';

import { createWorkspace, DEFAULT_SCENARIO } from '@/model/create-workspace';
import { useLibraryStore } from '@/store/persistence/library-store';
import { getPersistence } from '@/store/persistence/persistence-handle';
import { TemplatePicker } from './template-picker';
import { WorkspaceList } from './workspace-list';
import { WorkspaceNameField } from './workspace-name-field';
import './workspaces-panel.css';

/** Create, open, rename, duplicate and delete (with undo) the workspaces saved in this browser. */
export function WorkspacesPanel() {
  const t = useT();
  const f = useT('files');
  const current = useLibraryStore((s) => s.current);
  const lastDeleted = useLibraryStore((s) => s.lastDeleted);
  const kept = useLibraryStore((s) => s.persistence);
  const persistence = getPersistence();
  if (!persistence) return null;
  const { controller, library } = persistence;
  const currentName = current?.name || t('workspaces.untitled');
  return (
    <section className="panel workspaces-panel" aria-labelledby="workspaces-heading">
      <h2 id="workspaces-heading">{f('workspaces.heading')}</h2>
      {/* Here beside the workspaces, not in the header: the browser answers late, and a line
          appearing in the header would push the whole page down under the user's pointer. */}
      {kept === 'granted' || kept === 'not-granted' ? (
        <p className="field-hint">
          {t(kept === 'granted' ? 'storage.persistent' : 'storage.notPersistent')}
        </p>
      ) : null}
      {current ? (
        <WorkspaceNameField
          label={f('workspaces.nameLabel')}
          placeholder={t('workspaces.untitled')}
          name={current.name}
          onRename={(name) => void library.rename(current.id, name)}
        />
      ) : null}
      <div className="form-actions">
        <button
          type="button"
          onClick={() => void controller.create('', createWorkspace(DEFAULT_SCENARIO))}
        >
          {f('workspaces.new')}
        </button>
        {current ? (
          <>
            <button
              type="button"
              onClick={() =>
                void library.duplicate(current.id, f('workspaces.copyName', { name: currentName }))
              }
            >
              {f('workspaces.duplicate')}
            </button>
            <button
              type="button"
              onClick={() => void library.remove(current.id, '', createWorkspace(DEFAULT_SCENARIO))}
            >
              {f('workspaces.delete')}
            </button>
          </>
        ) : null}
      </div>
      <TemplatePicker onCreate={(name, workspace) => controller.create(name, workspace)} />
      <div role="status" className="undo-delete">
        {lastDeleted ? (
          <>
            {f('workspaces.deleted', {
              name: lastDeleted.summary.name || t('workspaces.untitled'),
            })}{' '}
            <button type="button" onClick={() => void library.undoRemove()}>
              {f('workspaces.undoDelete')}
            </button>
          </>
        ) : null}
      </div>
      <WorkspaceList onOpen={(summary) => void controller.open(summary.id)} />
    </section>
  );
}
