import type { AnnexLabels } from '@/export/annex/annex-labels';
import { AGREEMENT_MESSAGES, type AgreementKey } from '@/i18n/agreement-messages';
import { describeItem, nameSources } from '@/i18n/describe-agreement-item';
import { describeParty } from '@/i18n/describe-party';
import { FILES_MESSAGES, type FilesKey } from '@/i18n/files-messages';
import type { Language } from '@/i18n/languages';
import { fillMessage, type MessageParams, makeTranslate } from '@/i18n/translate';

/** The words of the annex's agreement section (domain §11) in one language. */
export function agreementLabelsFor(language: Language): AnnexLabels['agreement'] {
  const t = makeTranslate(language);
  const a = (key: AgreementKey, params?: MessageParams) =>
    fillMessage(AGREEMENT_MESSAGES[language][key], params);
  const field = (name: string) => FILES_MESSAGES[language][`contract.${name}` as FilesKey] ?? name;
  return {
    heading: a('agreement.heading'),
    status: a('agreement.status'),
    statusValue: (status) => a(`agreement.status.${status}`),
    fingerprint: a('agreement.fingerprint'),
    fingerprintShort: a('agreement.fingerprintShort'),
    signaturesHeading: a('agreement.signatures'),
    signatureHeader: [
      a('agreement.sig.party'),
      a('agreement.sig.name'),
      a('agreement.sig.title'),
      a('agreement.sig.date'),
      a('agreement.sig.fingerprint'),
      a('agreement.sig.state'),
    ],
    signatureState: (state) => a(`agreement.sig.${state}`),
    voided: (changes) => a('agreement.voided', { changes }),
    voidedUnknown: a('agreement.voidedUnknown'),
    changeSeparator: '; ',
    recordHeading: a('agreement.record'),
    recordEmpty: a('agreement.recordEmpty'),
    event: (kind, words) => a(`agreement.event.${kind}`, words),
    item: (key, value, workspace) => describeItem(key, value, nameSources(workspace), t, a, field),
    party: (id, workspace) => describeParty(workspace.parties, id, t),
  };
}
