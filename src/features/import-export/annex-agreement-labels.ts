import type { AnnexLabels } from '@/export/annex/annex-labels';
import type { AreaKey } from '@/i18n/area-loaders';
import { describeItem, nameSources } from '@/i18n/describe-agreement-item';
import { describeParty } from '@/i18n/describe-party';
import type { Translate } from '@/i18n/translate';

/** The words of the annex's agreement section (domain §11), from the agreement and files areas. */
export function agreementLabelsFrom(t: Translate<'agreement' | 'files'>): AnnexLabels['agreement'] {
  const field = (name: string) => t(`contract.${name}` as AreaKey<'files'>);
  return {
    heading: t('agreement.heading'),
    status: t('agreement.status'),
    statusValue: (status) => t(`agreement.status.${status}`),
    fingerprint: t('agreement.fingerprint'),
    fingerprintShort: t('agreement.fingerprintShort'),
    signaturesHeading: t('agreement.signatures'),
    signatureHeader: [
      t('agreement.sig.party'),
      t('agreement.sig.name'),
      t('agreement.sig.title'),
      t('agreement.sig.date'),
      t('agreement.sig.fingerprint'),
      t('agreement.sig.state'),
    ],
    signatureState: (state) => t(`agreement.sig.${state}`),
    voided: (changes) => t('agreement.voided', { changes }),
    voidedUnknown: t('agreement.voidedUnknown'),
    changeSeparator: t('list.clauseSeparator'),
    recordHeading: t('agreement.record'),
    recordEmpty: t('agreement.recordEmpty'),
    event: (kind, words) => t(`agreement.event.${kind}`, words),
    item: (key, value, workspace) => describeItem(key, value, nameSources(workspace), t, t, field),
    party: (id, workspace) => describeParty(workspace.parties, id, t),
  };
}
