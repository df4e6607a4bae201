import { useMemo, useState } from 'react';
import { describeItem, describeItemValue, nameSources } from '@/i18n/describe-agreement-item';
import { describeParty } from '@/i18n/describe-party';
import { useT } from '@/i18n/i18n-provider';
import { adoptProposal, type DecidedChange } from '@/model/agreement/agreement-edits';
import { parseAgreedContent } from '@/model/agreement/canonical-content';
import { listContentItems } from '@/model/agreement/content-items';
import {
  findChangeAuthor,
  isSameContent,
  listOpenChanges,
  type RedlineDecision,
  resolveRedline,
} from '@/model/agreement/redline';
import { mergeThreeWay } from '@/model/agreement/three-way-merge';
import { replaceWorkspace } from '@/model/replace-workspace';
import type { Party, Workspace } from '@/model/workspace';
import { parseWorkspaceDocument } from '@/schema/parse-workspace-document';
import { serialiseWorkspaceDocument } from '@/schema/serialise-workspace-document';
import { workspaceStore } from '@/store/use-workspace-store';
import { newActor } from './new-actor';
import type { ReceivedProposal } from './received-proposal';
import { RedlineChange } from './redline-change';
import { useContractFieldName } from './use-contract-field-name';

/** How a redline ended: the user now holds the proposed version, or a counter-proposal of its own. */
export type RedlineOutcome = 'agreed' | 'counter';

/**
 * A received proposal as a redline against the user's version (three-way when the last common
 * version is the proposal's base). Nothing changes until the user applies the decisions.
 */
export function RedlineView({
  mine,
  proposal,
  actor,
  onDone,
  onCancel,
}: {
  mine: Workspace;
  proposal: ReceivedProposal;
  actor: Party | null;
  onDone: (outcome: RedlineOutcome) => void;
  onCancel: () => void;
}) {
  const a = useT('agreement');
  const t = useT();
  const field = useContractFieldName();
  const [decisions, setDecisions] = useState<ReadonlyMap<string, RedlineDecision>>(new Map());
  const [comments, setComments] = useState<ReadonlyMap<string, string>>(new Map());
  const [invalid, setInvalid] = useState<string | null>(null);
  const { theirs } = proposal;
  const common = mine.agreement?.common;
  const hasBase = !!common && common.fingerprint === proposal.baseFingerprint;
  const mineItems = useMemo(() => listContentItems(mine), [mine]);
  const theirsItems = useMemo(() => listContentItems(theirs), [theirs]);
  const { changes } = useMemo(
    () =>
      mergeThreeWay(
        hasBase && common ? parseAgreedContent(common.content) : null,
        mineItems,
        theirsItems,
      ),
    [hasBase, common, mineItems, theirsItems],
  );
  const names = nameSources(mine, theirs);
  const party = (id: string) => (id ? describeParty(names.parties, id, t) : '—');
  const result = resolveRedline(mineItems, changes, decisions);
  const outcome: RedlineOutcome = isSameContent(result, theirsItems) ? 'agreed' : 'counter';
  const open = listOpenChanges(changes, decisions);
  const allComments = [...(mine.agreement?.comments ?? []), ...(theirs.agreement?.comments ?? [])];
  const decide = (key: string, decision: RedlineDecision) =>
    setDecisions((current) => new Map(current).set(key, decision));
  const apply = () => {
    if (!actor) return;
    const decided: DecidedChange[] = changes.flatMap((change) => {
      const decision = decisions.get(change.key);
      return decision ? [{ change, decision, comment: comments.get(change.key) ?? '' }] : [];
    });
    const next = adoptProposal(
      mine,
      theirs,
      { version: proposal.version, proposerId: proposal.proposerId },
      result,
      decided,
      newActor(actor.id),
    );
    const checked = parseWorkspaceDocument(
      JSON.parse(JSON.stringify(serialiseWorkspaceDocument(next))),
    );
    if (!checked.ok) {
      setInvalid(checked.issues.map((issue) => issue.path).join(', '));
      return;
    }
    workspaceStore.getState().edit(replaceWorkspace, checked.value);
    onDone(outcome);
  };
  return (
    <section className="redline" aria-labelledby="redline-heading">
      <h3 id="redline-heading">
        {a('redline.heading', { party: party(proposal.proposerId), count: changes.length })}
      </h3>
      <p className="hint">{a(hasBase ? 'redline.base.common' : 'redline.base.none')}</p>
      <ol className="redline-changes">
        {changes.map((change) => {
          const value = change.theirs ?? change.mine ?? change.base;
          const author = findChangeAuthor(change.key, theirs.agreement, proposal.proposerId);
          return (
            <RedlineChange
              key={change.key}
              change={change}
              words={{
                item: describeItem(change.key, value, names, t, a, field),
                author: party(author),
                base: hasBase ? describeItemValue(change.key, change.base, names, t, a) : null,
                mine: describeItemValue(change.key, change.mine, names, t, a),
                theirs: describeItemValue(change.key, change.theirs, names, t, a),
              }}
              thread={allComments
                .filter(
                  (c, i, all) =>
                    c.itemKey === change.key && all.findIndex((o) => o.id === c.id) === i,
                )
                .map((comment) => ({ comment, party: party(comment.partyId) }))}
              decision={decisions.get(change.key)}
              comment={comments.get(change.key) ?? ''}
              onDecide={(decision) => decide(change.key, decision)}
              onComment={(text) => setComments((current) => new Map(current).set(change.key, text))}
            />
          );
        })}
      </ol>
      {open.length > 0 ? (
        <p role="status">
          {a('redline.open', { count: open.length })}{' '}
          <button
            type="button"
            onClick={() =>
              setDecisions((current) => {
                const next = new Map(current);
                for (const change of open) next.set(change.key, { action: 'accept' });
                return next;
              })
            }
          >
            {a('redline.acceptAll')}
          </button>
        </p>
      ) : null}
      {invalid ? (
        <p role="alert" className="field-error">
          {a('redline.invalid', { why: invalid })}
        </p>
      ) : null}
      <div className="redline-buttons">
        <button type="button" disabled={!actor} onClick={apply}>
          {a(outcome === 'agreed' ? 'redline.apply.agreed' : 'redline.apply.counter')}
        </button>
        <button type="button" onClick={onCancel}>
          {a('redline.cancel')}
        </button>
      </div>
    </section>
  );
}
