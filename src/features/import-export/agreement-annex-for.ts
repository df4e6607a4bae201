import { fingerprintWorkspace } from '@/export/agreement/fingerprint';
import { deriveAgreementText } from '@/export/annex/annex-agreement-text';
import type { Language } from '@/i18n/languages';
import type { AgreementAnnexText } from '@/model/agreement/agreement-annex';
import type { Workspace } from '@/model/workspace';
import { annexLabelsFor } from './annex-labels-for';

/**
 * The agreement section (status, fingerprint, signatures) of a document made from this workspace,
 * in one language: the PDF annex and the workbook's sign-off sheet carry the same one.
 */
export async function agreementAnnexFor(
  workspace: Workspace,
  language: Language,
): Promise<AgreementAnnexText> {
  const { fingerprint } = await fingerprintWorkspace(workspace);
  return deriveAgreementText(workspace, fingerprint, await annexLabelsFor(language));
}
