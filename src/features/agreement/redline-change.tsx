import { useT } from '@/i18n/i18n-provider';
import type { ItemComment } from '@/model/agreement/agreement';
import type { RedlineDecision } from '@/model/agreement/redline';
import { editableText, isDecisionNeeded } from '@/model/agreement/redline';
import type { ItemChange } from '@/model/agreement/three-way-merge';

/** What a redline row shows of one change, already in words. */
interface ChangeWords {
  readonly item: string;
  readonly author: string;
  readonly base: string | null;
  readonly mine: string;
  readonly theirs: string;
}

/**
 * One change of a proposal: the item, who changed it, the values before, yours and theirs, the
 * comment thread on it, and the user's decision (accept, reject, edit) with a comment.
 */
export function RedlineChange({
  change,
  words,
  thread,
  decision,
  comment,
  onDecide,
  onComment,
}: {
  change: ItemChange;
  words: ChangeWords;
  thread: readonly { comment: ItemComment; party: string }[];
  decision: RedlineDecision | undefined;
  comment: string;
  onDecide: (decision: RedlineDecision) => void;
  onComment: (text: string) => void;
}) {
  const a = useT('agreement');
  const editable = editableText(change.key, change.theirs ?? change.mine);
  const name = `decision-${change.key}`;
  return (
    <li className={`redline-change redline-${change.side}`}>
      <section aria-label={words.item}>
        <h4>{words.item}</h4>
        <p className="redline-meta">
          {change.side === 'mine'
            ? a('redline.side.mine')
            : a('redline.changedBy', { party: words.author })}
          {change.side === 'conflict' ? ` · ${a('redline.side.conflict')}` : ''}
        </p>
        <dl className="redline-values">
          {words.base !== null ? (
            <>
              <dt>{a('redline.base')}</dt>
              <dd>{words.base}</dd>
            </>
          ) : null}
          <dt>{a('redline.mine')}</dt>
          <dd>
            <del>{words.mine}</del>
          </dd>
          <dt>{a('redline.theirs')}</dt>
          <dd>
            <ins>{words.theirs}</ins>
          </dd>
        </dl>
        {thread.length > 0 ? (
          <ul className="comment-thread">
            {thread.map(({ comment: c, party }) => (
              <li key={c.id}>
                <strong>{party}</strong>{' '}
                <time dateTime={c.at}>{c.at.slice(0, 16).replace('T', ' ')}</time>: {c.text}
              </li>
            ))}
          </ul>
        ) : null}
        {isDecisionNeeded(change) ? (
          <fieldset>
            <legend>{a('redline.decision', { item: words.item })}</legend>
            {(['accept', 'reject'] as const).map((action) => (
              <label key={action}>
                <input
                  type="radio"
                  name={name}
                  checked={decision?.action === action}
                  onChange={() => onDecide({ action })}
                />
                {a(`redline.${action}`)}
              </label>
            ))}
            {editable !== null ? (
              <label>
                <input
                  type="radio"
                  name={name}
                  checked={decision?.action === 'edit'}
                  onChange={() => onDecide({ action: 'edit', text: editable })}
                />
                {a('redline.edit')}
              </label>
            ) : null}
            {decision?.action === 'edit' ? (
              <label className="agreement-field">
                <span>{a('redline.editValue')}</span>
                <input
                  value={decision.text}
                  onChange={(event) => onDecide({ action: 'edit', text: event.target.value })}
                />
              </label>
            ) : null}
            <label className="agreement-field">
              <span>{a('agreement.comment')}</span>
              <textarea
                value={comment}
                onChange={(event) => onComment(event.target.value)}
                rows={2}
              />
            </label>
          </fieldset>
        ) : null}
      </section>
    </li>
  );
}
