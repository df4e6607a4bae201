import { useState } from 'react';
import { describeParty } from '@/i18n/describe-party';
import { useT } from '@/i18n/i18n-provider';
import { addItemComment } from '@/model/agreement/agreement-edits';
import { cellItemKey } from '@/model/agreement/content-items';
import { LIMITS } from '@/schema/limits';
import { useSelectionStore } from '@/store/selection-store';
import { useWorkspaceStore, workspaceStore } from '@/store/use-workspace-store';
import { useActingParty } from './acting-party-picker';
import { newActor } from './new-actor';
import './agreement.css';

/**
 * The comment thread of the selected cell (party, time, text), shown with the cell's detail; the
 * acting party adds to it. Comments are kept with the workspace but are not agreed content.
 */
export function CellComments() {
  const a = useT('agreement');
  const t = useT();
  const selected = useSelectionStore((s) => s.selectedCell);
  const workspace = useWorkspaceStore((s) => s.workspace);
  const actor = useActingParty(workspace.parties);
  const [text, setText] = useState('');
  if (!selected) return null;
  const key = cellItemKey(selected.engagementId, selected.rowId, selected.role);
  const thread = (workspace.agreement?.comments ?? []).filter((c) => c.itemKey === key);
  if (thread.length === 0 && !actor) return null;
  return (
    <section className="panel cell-comments" aria-labelledby="cell-comments-heading">
      <h3 id="cell-comments-heading">{a('agreement.comments')}</h3>
      {thread.length > 0 ? (
        <ul className="comment-thread">
          {thread.map((c) => (
            <li key={c.id}>
              <strong>{describeParty(workspace.parties, c.partyId, t)}</strong>{' '}
              <time dateTime={c.at}>{c.at.slice(0, 16).replace('T', ' ')}</time>: {c.text}
            </li>
          ))}
        </ul>
      ) : null}
      {actor ? (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            if (text.trim() === '') return;
            const { partyId, at, newId } = newActor(actor.id);
            const comment = { id: newId(), itemKey: key, partyId, at, text: text.trim() };
            workspaceStore.getState().edit(addItemComment, comment);
            setText('');
          }}
        >
          <label className="agreement-field">
            <span>{a('agreement.commentAs', { party: actor.name })}</span>
            <textarea
              rows={2}
              maxLength={LIMITS.textLength}
              value={text}
              onChange={(event) => setText(event.target.value)}
            />
          </label>
          <button type="submit">{a('agreement.addComment')}</button>
        </form>
      ) : null}
    </section>
  );
}
