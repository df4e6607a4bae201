import type { AnnexDocument } from '@/export/annex/annex-model';
import { buildAnnexModel } from '@/export/annex/build-annex-model';
import type { Language } from '@/i18n/languages';
import type { Workspace } from '@/model/workspace';
import { annexLabelsFor } from './annex-labels-for';

/**
 * The contract annex of a workspace in one language, as the PDF export renders it (the print view
 * builds the same model from the same labels, through useT); the agreement section is in it when
 * the content's fingerprint is known.
 */
export async function annexModelFor(
  workspace: Workspace,
  language: Language,
  fingerprint: string | null,
): Promise<AnnexDocument> {
  return buildAnnexModel(workspace, await annexLabelsFor(language), { language, fingerprint });
}
