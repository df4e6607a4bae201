import type { AgreementAnnexText } from '@/model/agreement/agreement-annex';
import { deriveAgreementState, shortFingerprint } from '@/model/agreement/agreement-status';
import { listChangesSince } from '@/model/agreement/changes-since';
import type { Workspace } from '@/model/workspace';
import { AGREEMENT_MESSAGES } from './agreement-messages';
import { describeItem, nameSources } from './describe-agreement-item';
import { describeParty } from './describe-party';
import { FILES_MESSAGES, type FilesKey } from './files-messages';
import type { Language } from './languages';
import { fillMessage, type Translate } from './translate';

const when = (at: string) => at.slice(0, 16).replace('T', ' ');

/**
 * The agreement section of the annex in one language: status, fingerprint (full and short), one
 * signature row per party, why signatures went void, and the record of proposals and changes.
 */
export function buildAgreementAnnexText(
  workspace: Workspace,
  fingerprint: string,
  t: Translate,
  language: Language,
): AgreementAnnexText {
  const a = (
    key: keyof (typeof AGREEMENT_MESSAGES)['en'],
    params?: Record<string, string | number>,
  ) => fillMessage(AGREEMENT_MESSAGES[language][key], params);
  const field = (name: string) => FILES_MESSAGES[language][`contract.${name}` as FilesKey] ?? name;
  const names = nameSources(workspace);
  const party = (id: string) => describeParty(names.parties, id, t);
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
      a(valid ? 'agreement.sig.valid' : signature ? 'agreement.sig.void' : 'agreement.sig.missing'),
    ];
  });
  const voided = state.voided[0];
  const changes = voided ? listChangesSince(workspace, voided.fingerprint) : null;
  const voidNote = !voided
    ? ''
    : changes && changes.length > 0
      ? a('agreement.voided', {
          changes: changes
            .map((c) => describeItem(c.key, c.theirs ?? c.mine, names, t, a, field))
            .join('; '),
        })
      : a('agreement.voidedUnknown');
  const recordLines = (workspace.agreement?.events ?? []).map((event) => {
    const text = a(`agreement.event.${event.kind}`, {
      party: party(event.partyId),
      author: party(event.authorPartyId ?? ''),
      item: event.itemKey ? describeItem(event.itemKey, undefined, names, t, a, field) : '',
      short: shortFingerprint(event.fingerprint),
    });
    return `${when(event.at)}  ${text}${event.comment ? ` — “${event.comment}”` : ''}`;
  });
  return {
    heading: a('agreement.heading'),
    fields: [
      [a('agreement.status'), a(`agreement.status.${state.status}`)],
      [a('agreement.fingerprint'), fingerprint],
      [a('agreement.fingerprintShort'), shortFingerprint(fingerprint)],
    ],
    signaturesHeading: a('agreement.signatures'),
    signatureHeader: [
      a('agreement.sig.party'),
      a('agreement.sig.name'),
      a('agreement.sig.title'),
      a('agreement.sig.date'),
      a('agreement.sig.fingerprint'),
      a('agreement.sig.state'),
    ],
    signatureRows,
    voidNote,
    recordHeading: a('agreement.record'),
    recordLines: recordLines.length > 0 ? recordLines : [a('agreement.recordEmpty')],
  };
}
