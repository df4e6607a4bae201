import { useState } from 'react';
import type { FingerprintedContent } from '@/export/agreement/fingerprint';
import { useT } from '@/i18n/i18n-provider';
import { signAgreement } from '@/model/agreement/agreement-edits';
import type { Party } from '@/model/workspace';
import { LIMITS } from '@/schema/limits';
import { workspaceStore } from '@/store/use-workspace-store';

/** The acting party signs the current version: name, title and date, bound to its fingerprint. */
export function SignForm({
  version,
  actor,
}: {
  version: FingerprintedContent | null;
  actor: Party | null;
}) {
  const a = useT('agreement');
  const [name, setName] = useState('');
  const [title, setTitle] = useState('');
  const [date, setDate] = useState(() => new Date().toISOString().slice(0, 10));
  if (!actor) return null;
  return (
    <form
      className="sign-form"
      aria-labelledby="sign-heading"
      onSubmit={(event) => {
        event.preventDefault();
        if (!version || name.trim() === '') return;
        const at = new Date().toISOString();
        const signature = {
          partyId: actor.id,
          name: name.trim(),
          title: title.trim(),
          date,
          at,
          fingerprint: version.fingerprint,
        };
        workspaceStore.getState().edit(signAgreement, signature, crypto.randomUUID());
      }}
    >
      <h3 id="sign-heading">{a('agreement.sign.heading')}</h3>
      <label className="agreement-field">
        <span>{a('agreement.sign.name')}</span>
        <input
          required
          maxLength={LIMITS.nameLength}
          value={name}
          onChange={(event) => setName(event.target.value)}
        />
      </label>
      <label className="agreement-field">
        <span>{a('agreement.sign.title')}</span>
        <input
          maxLength={LIMITS.nameLength}
          value={title}
          onChange={(event) => setTitle(event.target.value)}
        />
      </label>
      <label className="agreement-field">
        <span>{a('agreement.sign.date')}</span>
        <input type="date" value={date} onChange={(event) => setDate(event.target.value)} />
      </label>
      <button type="submit" disabled={!version}>
        {a('agreement.sign.button', { party: actor.name })}
      </button>
    </form>
  );
}
