import { useState } from 'react';
import type { FingerprintedContent } from '@/export/agreement/fingerprint';
import { downloadFile } from '@/export/download';
import { buildExportFileName } from '@/export/export-file-name';
import { exportWorkspaceJson, JSON_MIME_TYPE } from '@/export/json/export-workspace-json';
import { encodeShareLink } from '@/export/share-link/encode-share-link';
import { useT } from '@/i18n/i18n-provider';
import { recordProposal } from '@/model/agreement/agreement-edits';
import type { Party } from '@/model/workspace';
import { workspaceStore } from '@/store/use-workspace-store';
import { ExportActionStatus } from '@/ui/export-action-status';
import { JsonFileField } from '@/ui/json-file-field';
import { useExportAction } from '@/ui/use-export-action';
import { newActor } from './new-actor';
import { type ReceivedProposal, readProposalFile, readProposalLink } from './received-proposal';

// A proposal travels between parties of any language, so its file keeps one English word.
const proposalFileName = (proposer: string, fingerprint: string) =>
  buildExportFileName(
    {
      kind: 'proposal',
      title: proposer,
      version: '',
      date: '',
      tag: fingerprint.slice(0, 8),
      extension: 'json',
    },
    { proposal: 'proposal' },
  );

type SendState =
  | { readonly kind: 'idle' }
  | { readonly kind: 'sent'; readonly link: string | null };

/** "Send proposal" (a file and a link) and "Open a proposal" (a file or a pasted link). */
export function ProposalActions({
  version,
  actor,
  onOpen,
}: {
  version: FingerprintedContent | null;
  actor: Party | null;
  onOpen: (proposal: ReceivedProposal) => void;
}) {
  const a = useT('agreement');
  const [sent, setSent] = useState<SendState>({ kind: 'idle' });
  const [failed, setFailed] = useState(false);
  const [link, setLink] = useState('');
  const sending = useExportAction();
  const send = async () => {
    if (!actor || !version) return;
    workspaceStore.getState().edit(recordProposal, newActor(actor.id), version);
    const next = workspaceStore.getState().workspace;
    downloadFile(
      proposalFileName(actor.name, version.fingerprint),
      exportWorkspaceJson(next, version.fingerprint),
      JSON_MIME_TYPE,
    );
    const shared = await encodeShareLink(next, window.location.href.split('#')[0] ?? '');
    setSent({ kind: 'sent', link: shared.ok ? shared.url : null });
  };
  // The file is saved inside send, with the link beside it; the export action adds the working
  // and failed states every export button has.
  const sendAsExport = async () => {
    await send();
    return { save: () => undefined };
  };
  const open = async (read: Promise<ReceivedProposal | null>) => {
    const proposal = await read;
    setFailed(proposal === null);
    if (proposal) onOpen(proposal);
  };
  return (
    <div className="agreement-actions">
      <button
        type="button"
        disabled={!actor || !version || sending.state.kind === 'working'}
        onClick={() => void sending.start(sendAsExport)}
      >
        {a('agreement.send')}
      </button>
      <ExportActionStatus
        action={sending}
        texts={{ failed: (why) => a('agreement.sendFailed', { why }) }}
      />
      {sent.kind === 'sent' ? (
        <p role="status">
          {a('agreement.sent')}{' '}
          {sent.link ? (
            <input readOnly aria-label={a('agreement.send')} value={sent.link} />
          ) : (
            a('agreement.linkTooLong')
          )}
        </p>
      ) : null}
      <JsonFileField
        className="agreement-field"
        label={a('agreement.open')}
        buttonText={a('agreement.chooseFile')}
        onFile={(file) => void open(readProposalFile(file))}
      />
      <form
        className="agreement-field"
        onSubmit={(event) => {
          event.preventDefault();
          void open(readProposalLink(link));
        }}
      >
        <label>
          <span>{a('agreement.openLink')}</span>
          <input type="url" value={link} onChange={(event) => setLink(event.target.value)} />
        </label>
        <button type="submit">{a('agreement.openLinkButton')}</button>
      </form>
      {failed ? (
        <p role="alert" className="field-error">
          {a('agreement.openFailed')}
        </p>
      ) : null}
    </div>
  );
}
