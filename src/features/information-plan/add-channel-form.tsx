import { type FormEvent, useId, useState } from 'react';
import { describeParty } from '@/i18n/describe-party';
import { useT } from '@/i18n/i18n-provider';
import type { Translate } from '@/i18n/translate';
import { addChannel } from '@/model/edit-channels';
import { CHANNEL_CATEGORIES, type ChannelCategory } from '@/model/principles';
import { findSuggestionIds } from '@/model/suggest-channels';
import type { Workspace } from '@/model/workspace';
import { useWorkspaceStore, workspaceStore } from '@/store/use-workspace-store';
import { SelectField } from '@/ui/select-field';
import { type Announce, draftFromSuggestion } from './plan-words';

interface AddChannelFormProps {
  readonly workspace: Workspace;
  readonly p: Translate<'plan' | 'plan-suggestions'>;
  readonly announce: Announce;
}

/**
 * Adds one channel between any two named parties for a category, one of the report's three examples
 * or one of the user's own; prefilled from the suggestions when domain §5 has one for that pair and
 * category, else blank.
 */
export function AddChannelForm({ workspace, p, announce }: AddChannelFormProps) {
  const t = useT();
  const errorId = useId();
  const edit = useWorkspaceStore((s) => s.edit);
  const parties = workspace.parties;
  const [from, setFrom] = useState(parties[0]?.id ?? '');
  const [to, setTo] = useState(parties[1]?.id ?? parties[0]?.id ?? '');
  const [category, setCategory] = useState<ChannelCategory>('assetFacts');
  const [categoryName, setCategoryName] = useState('');
  const nameId = useId();
  const [error, setError] = useState('');
  // A party removed elsewhere (or by undo) falls back to the first one still there.
  const known = (id: string, fallback: string) =>
    parties.some((party) => party.id === id) ? id : fallback;
  const fromId = known(from, parties[0]?.id ?? '');
  const toId = known(to, parties[1]?.id ?? parties[0]?.id ?? '');
  const options = parties.map((party) => ({
    value: party.id,
    label: describeParty(workspace.parties, party.id, t),
  }));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (fromId === toId) {
      setError(p('plan.add.sameParty'));
      return;
    }
    setError('');
    const current = workspaceStore.getState().workspace;
    const suggestionIds = findSuggestionIds(current, fromId, toId, category);
    const draft = draftFromSuggestion(
      { fromPartyId: fromId, toPartyId: toId, category, suggestionIds },
      p,
    );
    const own = category === 'other' ? { categoryName: categoryName.trim() } : {};
    edit(addChannel, { ...draft, ...own });
    const names = {
      from: describeParty(current.parties, fromId, t),
      to: describeParty(current.parties, toId, t),
    };
    announce(suggestionIds.length > 0 ? 'plan.addedSuggested' : 'plan.added', names);
  };
  return (
    <form
      className="panel plan-add"
      aria-labelledby="plan-add-heading"
      onSubmit={submit}
      noValidate
    >
      <h3 id="plan-add-heading">{p('plan.add.heading')}</h3>
      <div className="plan-add-fields">
        <SelectField
          id="plan-add-from"
          label={p('plan.add.from')}
          value={fromId}
          options={options}
          onChange={setFrom}
        />
        <SelectField label={p('plan.add.to')} value={toId} options={options} onChange={setTo} />
        <SelectField
          label={p('plan.add.category')}
          value={category}
          options={CHANNEL_CATEGORIES.map((c) => ({ value: c, label: t(`infoCategory.${c}`) }))}
          onChange={setCategory}
        />
        {category === 'other' ? (
          <span className="select-field plan-add-name">
            <label htmlFor={nameId}>{p('plan.add.categoryName')}</label>
            <input
              id={nameId}
              type="text"
              value={categoryName}
              maxLength={200}
              onChange={(event) => setCategoryName(event.target.value)}
            />
          </span>
        ) : null}
        <button type="submit" aria-describedby={error ? errorId : undefined}>
          {p('plan.add.submit')}
        </button>
      </div>
      {error ? (
        <p id={errorId} role="alert" className="plan-error">
          {error}
        </p>
      ) : null}
    </form>
  );
}
