import { downloadFile } from '@/export/download';
import { buildExportFileName } from '@/export/export-file-name';
import { useT } from '@/i18n/i18n-provider';
import { createWorkspace, DEFAULT_SCENARIO } from '@/model/create-workspace';
import type { Recovery } from '@/store/persistence/library-store';
import { getPersistence } from '@/store/persistence/persistence-handle';

function recordName(raw: unknown): string {
  return typeof raw === 'object' && raw !== null && 'name' in raw && typeof raw.name === 'string'
    ? raw.name
    : '';
}

/** Shown instead of the workbench when stored data is damaged: nothing is written until the user chooses. */
export function RecoveryScreen({ recovery }: { recovery: Recovery }) {
  const t = useT('recovery');
  const persistence = getPersistence();
  const name = recordName(recovery.raw) || t('workspaces.untitled');
  return (
    <main className="recovery-screen">
      <section className="panel" aria-labelledby="recovery-heading">
        <h2 id="recovery-heading">{t('recovery.heading')}</h2>
        <p>{t('recovery.explain', { name })}</p>
        {recovery.backupKey ? (
          <p className="field-hint">{t('recovery.backup', { key: recovery.backupKey })}</p>
        ) : null}
        <h3>{t('recovery.issues')}</h3>
        <ul className="issue-list">
          {recovery.issues.slice(0, 20).map((issue) => (
            <li key={`${issue.path}-${issue.code}`}>
              <code>{issue.path || '(root)'}</code> {issue.code}
              {issue.expected ? ` · ${issue.expected}` : ''}
            </li>
          ))}
        </ul>
        <div className="form-actions">
          <button
            type="button"
            className="primary"
            onClick={() =>
              downloadFile(
                buildExportFileName(
                  {
                    kind: 'backup',
                    title: '',
                    version: '',
                    date: '',
                    tag: recovery.id,
                    extension: 'json',
                  },
                  { backup: 'workspace-backup' },
                ),
                JSON.stringify(recovery.raw, null, 2),
                'application/json',
              )
            }
          >
            {t('recovery.download')}
          </button>
          <button
            type="button"
            onClick={() =>
              void persistence?.library.resetDamaged('', createWorkspace(DEFAULT_SCENARIO))
            }
          >
            {t('recovery.reset')}
          </button>
          <button type="button" onClick={() => persistence?.library.continueWithoutSaving()}>
            {t('recovery.readOnly')}
          </button>
        </div>
      </section>
    </main>
  );
}
