import type { AgreementAnnexText } from '@/model/agreement/agreement-annex';
import { deriveAgreementState, shortFingerprint } from '@/model/agreement/agreement-status';
import { listChangesSince } from '@/model/agreement/changes-since';
import type { Workspace } from '@/model/workspace';
import type { AnnexLabels } from './annex-labels';

const when = (at: string) => at.slice(0, 16).replace('T', ' ');

/**
 * The agreement between the parties in one language (domain §11): status, fingerprint in full and
 * short, one signature row per party, why signatures went void, and the record of proposals and
 * changes. The PDF annex, the print view and the workbook's sign-off sheet carry the same one.
 */
export function deriveAgreementText(
  workspace: Workspace,
  fingerprint: string,
  labels: AnnexLabels,
): AgreementAnnexText {
  const words = labels.agreement;
  const party = (id: string) => words.party(id, workspace);
  const state = deriveAgreementState(
    workspace.agreement,
    fingerprint,
    workspace.parties.map((p) => p.id),
  );
  const signatureRows = workspace.parties.map((p) => {
    const valid = state.valid.find((s) => s.partyId === p.id);
    const signature = valid ?? state.voided.find((s) => s.partyId === p.id);
    return [
      p.name,
      signature?.name ?? '',
      signature?.title ?? '',
      signature?.date ?? '',
      signature ? shortFingerprint(signature.fingerprint) : '',
      words.signatureState(valid ? 'valid' : signature ? 'void' : 'missing'),
    ];
  });
  const voided = state.voided[0];
  const changes = voided ? listChangesSince(workspace, voided.fingerprint) : null;
  const voidNote = !voided
    ? ''
    : changes && changes.length > 0
      ? words.voided(
          changes
            .map((c) => words.item(c.key, c.theirs ?? c.mine, workspace))
            .join(words.changeSeparator),
        )
      : words.voidedUnknown;
  const recordLines = (workspace.agreement?.events ?? []).map((event) => {
    const text = words.event(event.kind, {
      party: party(event.partyId),
      author: party(event.authorPartyId ?? ''),
      item: event.itemKey ? words.item(event.itemKey, undefined, workspace) : '',
      short: shortFingerprint(event.fingerprint),
    });
    return `${when(event.at)}  ${text}${event.comment ? ` — “${event.comment}”` : ''}`;
  });
  return {
    heading: words.heading,
    fields: [
      [words.status, words.statusValue(state.status)],
      [words.fingerprint, fingerprint],
      [words.fingerprintShort, shortFingerprint(fingerprint)],
    ],
    signaturesHeading: words.signaturesHeading,
    signatureHeader: words.signatureHeader,
    signatureRows,
    voidNote,
    recordHeading: words.recordHeading,
    recordLines: recordLines.length > 0 ? recordLines : [words.recordEmpty],
  };
}
