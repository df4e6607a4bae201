import { useT } from '@/i18n/i18n-provider';
import { createEngagement, DEFAULT_SCENARIO, nextId } from '@/model/create-workspace';
import { addEngagement } from '@/model/edit-engagements';
import { useWorkspaceStore } from '@/store/use-workspace-store';
import { EngagementCard } from './engagement-card';
import type { Remove } from './use-removal';

/** Every engagement of the workspace, each with its parties and services, and a way to add one. */
export function EngagementsSection({ remove }: { readonly remove: Remove }) {
  const p = useT('parties');
  const workspace = useWorkspaceStore((s) => s.workspace);
  const edit = useWorkspaceStore((s) => s.edit);
  const add = () => {
    const id = nextId(
      'engagement',
      workspace.engagements.map((e) => e.id),
    );
    edit(addEngagement, createEngagement(id, '', DEFAULT_SCENARIO));
    // The new engagement is last: take the user to its name, the first thing to fill in.
    requestAnimationFrame(() => document.getElementById(`engagement-name-${id}`)?.focus());
  };
  return (
    <section className="parties-engagements" aria-labelledby="engagements-heading">
      <h3 id="engagements-heading">{p('engagements.heading')}</h3>
      <p className="field-hint">{p('engagements.intro')}</p>
      <ul className="engagement-list">
        {workspace.engagements.map((engagement) => (
          <EngagementCard
            key={engagement.id}
            workspace={workspace}
            engagement={engagement}
            edit={edit}
            remove={remove}
          />
        ))}
      </ul>
      <button type="button" className="primary" onClick={add}>
        {p('engagements.add')}
      </button>
    </section>
  );
}
