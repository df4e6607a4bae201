import type { AgreementAnnexText } from '@/model/agreement/agreement-annex';
import type { Workspace } from '@/model/workspace';
import { type AnnexLanguage, buildAnnexDocument } from './annex-document';
import type { AnnexLabels } from './annex-labels';
import { type AnnexResult, type BuildAnnexOptions, renderPdf } from './render-pdf';

export type { AnnexResult, BuildAnnexOptions } from './render-pdf';

/** Builds the contract annex as a PDF in the browser (see renderPdf for fonts and missing characters). */
export function buildAnnexPdf(
  workspace: Workspace,
  labels: AnnexLabels,
  language: AnnexLanguage,
  options: BuildAnnexOptions & { readonly agreement?: AgreementAnnexText } = {},
): Promise<AnnexResult> {
  const { agreement, ...renderOptions } = options;
  return renderPdf(buildAnnexDocument(workspace, labels, language, agreement), renderOptions);
}
