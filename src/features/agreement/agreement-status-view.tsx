import type { FingerprintedContent } from '@/export/agreement/fingerprint';
import { describeItem, nameSources } from '@/i18n/describe-agreement-item';
import { useT } from '@/i18n/i18n-provider';
import type { AgreementState } from '@/model/agreement/agreement-status';
import { shortFingerprint } from '@/model/agreement/agreement-status';
import { listChangesSince } from '@/model/agreement/changes-since';
import type { Workspace } from '@/model/workspace';
import { useContractFieldName } from './use-contract-field-name';

/** Status, fingerprint (full and short), and why signatures went void when they did. */
export function AgreementStatusView({
  workspace,
  version,
  state,
}: {
  workspace: Workspace;
  version: FingerprintedContent | null;
  state: AgreementState | null;
}) {
  const a = useT('agreement');
  const t = useT();
  const field = useContractFieldName();
  const voided = state?.voided[0];
  const changes = voided ? listChangesSince(workspace, voided.fingerprint) : null;
  const names = nameSources(workspace);
  return (
    <div className="agreement-status">
      <dl>
        <dt>{a('agreement.status')}</dt>
        <dd data-testid="agreement-status">
          {state ? a(`agreement.status.${state.status}`) : a('agreement.computing')}
        </dd>
        <dt>{a('agreement.fingerprint')}</dt>
        <dd className="fingerprint" data-testid="agreement-fingerprint">
          {version?.fingerprint ?? a('agreement.computing')}
        </dd>
        <dt>{a('agreement.fingerprintShort')}</dt>
        <dd className="fingerprint">{version ? shortFingerprint(version.fingerprint) : ''}</dd>
      </dl>
      {voided ? (
        <p role="alert" className="agreement-void">
          {changes && changes.length > 0
            ? a('agreement.voided', {
                changes: changes
                  .map((c) => describeItem(c.key, c.theirs ?? c.mine, names, t, a, field))
                  .join('; '),
              })
            : a('agreement.voidedUnknown')}
        </p>
      ) : null}
    </div>
  );
}
