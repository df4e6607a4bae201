import { useState } from 'react';
import { fingerprintWorkspace } from '@/export/agreement/fingerprint';
import { useT } from '@/i18n/i18n-provider';
import { deriveAgreementState, findAgreedFingerprint } from '@/model/agreement/agreement-status';
import { useWorkspaceStore } from '@/store/use-workspace-store';
import { useViewStore } from '@/store/view-store';
import { useAsyncValue } from '@/ui/use-async-value';
import { ActingPartyPicker, useActingParty } from './acting-party-picker';
import { AgreementRecordList } from './agreement-record-list';
import { AgreementStatusView } from './agreement-status-view';
import { ProposalActions } from './proposal-actions';
import type { ReceivedProposal } from './received-proposal';
import { type RedlineOutcome, RedlineView } from './redline-view';
import { SignForm } from './sign-form';
import { SignatureTable } from './signature-table';
import { VerifyFileField } from './verify-file-field';
import './agreement.css';

/**
 * The agreement between the parties (domain §11): who I am, the status and fingerprint, sending
 * and opening proposals (with the redline), signing, verifying a file, and the record.
 */
export function AgreementView() {
  const a = useT('agreement');
  const workspace = useWorkspaceStore((s) => s.workspace);
  const version = useAsyncValue(workspace, fingerprintWorkspace);
  const actor = useActingParty(workspace.parties);
  const [proposal, setProposal] = useState<ReceivedProposal | null>(null);
  const [outcome, setOutcome] = useState<RedlineOutcome | null>(null);
  const partyIds = workspace.parties.map((party) => party.id);
  const state = version
    ? deriveAgreementState(workspace.agreement, version.fingerprint, partyIds)
    : null;
  return (
    <section className="agreement-view" aria-labelledby="view-heading">
      <h2 id="view-heading">{a('agreement.heading')}</h2>
      <p className="hint">{a('agreement.derived')}</p>
      {workspace.parties.length === 0 ? (
        <>
          <p>{a('agreement.needParties')}</p>
          <div className="form-actions">
            <button type="button" onClick={() => useViewStore.getState().showView('parties')}>
              {a('agreement.openParties')}
            </button>
          </div>
        </>
      ) : (
        <>
          <ActingPartyPicker parties={workspace.parties} />
          <AgreementStatusView workspace={workspace} version={version} state={state} />
          <ProposalActions
            version={version}
            actor={actor}
            onOpen={(received) => {
              setOutcome(null);
              setProposal(received);
            }}
          />
          {outcome ? (
            <p role="status">
              {a(outcome === 'agreed' ? 'redline.doneAgreed' : 'redline.doneCounter')}
            </p>
          ) : null}
          {proposal ? (
            <RedlineView
              mine={workspace}
              proposal={proposal}
              actor={actor}
              onDone={(result) => {
                setProposal(null);
                setOutcome(result);
              }}
              onCancel={() => setProposal(null)}
            />
          ) : null}
          {state ? <SignatureTable parties={workspace.parties} state={state} /> : null}
          <SignForm version={version} actor={actor} />
          <VerifyFileField
            agreedFingerprint={findAgreedFingerprint(workspace.agreement, partyIds)}
            currentFingerprint={version?.fingerprint ?? null}
          />
          <AgreementRecordList workspace={workspace} />
        </>
      )}
    </section>
  );
}
