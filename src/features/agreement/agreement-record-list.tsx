import { describeItem, nameSources } from '@/i18n/describe-agreement-item';
import { describeParty } from '@/i18n/describe-party';
import { useT } from '@/i18n/i18n-provider';
import { shortFingerprint } from '@/model/agreement/agreement-status';
import type { Workspace } from '@/model/workspace';
import { useContractFieldName } from './use-contract-field-name';

/** The record of who proposed, changed, accepted, rejected and signed what, and when. */
export function AgreementRecordList({ workspace }: { workspace: Workspace }) {
  const a = useT('agreement');
  const t = useT();
  const field = useContractFieldName();
  const names = nameSources(workspace);
  const events = workspace.agreement?.events ?? [];
  return (
    <section className="agreement-record" aria-labelledby="agreement-record-heading">
      <h3 id="agreement-record-heading">{a('agreement.record')}</h3>
      {events.length === 0 ? (
        <p>{a('agreement.recordEmpty')}</p>
      ) : (
        <ol>
          {events.map((event) => (
            <li key={event.id}>
              <time dateTime={event.at}>{event.at.slice(0, 16).replace('T', ' ')}</time>{' '}
              {a(`agreement.event.${event.kind}`, {
                party: describeParty(names.parties, event.partyId, t),
                author: describeParty(names.parties, event.authorPartyId ?? '', t),
                item: event.itemKey
                  ? describeItem(event.itemKey, undefined, names, t, a, field)
                  : '',
                short: shortFingerprint(event.fingerprint),
              })}
              {event.comment ? ` — “${event.comment}”` : ''}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
