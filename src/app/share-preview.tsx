import { describeEngagement } from '@/i18n/describe-engagement';
import { useT } from '@/i18n/i18n-provider';
import type { Workspace } from '@/model/workspace';
import { getPersistence } from '@/store/persistence/persistence-handle';
import { rememberSharedCopy } from '@/store/persistence/shared-link-copies';
import { addNotice, dismissNotice } from './notices-store';

interface SharePreviewProps {
  readonly id: number;
  readonly workspace: Workspace;
  readonly fingerprint: string;
}

/**
 * What a share link carries, before anything is saved: the contract, its parties and engagements;
 * "Save as a new workspace" saves and opens it (named by its contract title, else by the date), and
 * remembers the link so a second opening goes to this copy.
 */
export function SharePreview({ id, workspace, fingerprint }: SharePreviewProps) {
  const t = useT();
  const f = useT('files');
  const names = workspace.parties.map((p) => p.name.trim()).filter((n) => n !== '');
  const save = async () => {
    const name =
      workspace.contract.title.trim() ||
      f('share.defaultName', { date: new Date().toISOString().slice(0, 10) });
    const savedId = await getPersistence()?.controller.create(name, workspace, true);
    dismissNotice(id);
    if (savedId) {
      rememberSharedCopy(fingerprint, savedId);
      addNotice({ kind: 'share-opened', name });
    }
  };
  return (
    <section className="share-preview" aria-labelledby={`share-preview-${id}`}>
      <h2 id={`share-preview-${id}`}>{f('share.preview.heading')}</h2>
      <p>{f('share.preview.intro')}</p>
      <ul>
        {workspace.contract.title.trim() ? (
          <li>{f('share.preview.title', { title: workspace.contract.title.trim() })}</li>
        ) : null}
        <li>
          {names.length > 0
            ? f('share.preview.parties', { names: names.join(t('list.separator')) })
            : f('share.preview.noParties')}
        </li>
        <li>{f('share.preview.changes', { count: workspace.overrides.length })}</li>
      </ul>
      <h3>{f('share.preview.engagements')}</h3>
      <ul>
        {workspace.engagements.map((e) => (
          <li key={e.id}>
            {describeEngagement(workspace.engagements, e.id, t)}
            {e.name.trim()
              ? ` (${t(`serviceTypeShort.${e.resourceService}`)} · ${t(`mode.${e.mode}`)})`
              : null}
          </li>
        ))}
      </ul>
      <div className="form-actions">
        <button type="button" className="primary" onClick={() => void save()}>
          {f('share.preview.save')}
        </button>
        <button type="button" onClick={() => dismissNotice(id)}>
          {f('share.preview.discard')}
        </button>
      </div>
    </section>
  );
}
