import type { AnnexLanguage } from '@/export/annex/annex-model';
import type { PartyDutyGroup } from '@/model/party-duties';
import type { Workspace } from '@/model/workspace';
import { buildPartyDutiesDocument, type PartyDutiesPdfLabels } from './party-duties-pdf';
import { type AnnexResult, type BuildAnnexOptions, renderPdf } from './render-pdf';

/**
 * Builds a party's duty list as a PDF in the browser, with the annex's runtime and fonts (loaded
 * once per session for both).
 */
export function buildPartyDutiesPdf(
  workspace: Workspace,
  groups: readonly PartyDutyGroup[],
  labels: PartyDutiesPdfLabels,
  language: AnnexLanguage,
  options: BuildAnnexOptions = {},
): Promise<AnnexResult> {
  return renderPdf(buildPartyDutiesDocument(workspace, groups, labels, language), options);
}
