import type { AnnexDocument } from '@/export/annex/annex-model';
import { renderAnnexDocument } from './annex-document';
import { type AnnexResult, type BuildAnnexOptions, renderPdf } from './render-pdf';

export type { AnnexResult, BuildAnnexOptions } from './render-pdf';

/** Builds the contract annex as a PDF in the browser (see renderPdf for fonts and missing characters). */
export function buildAnnexPdf(
  annex: AnnexDocument,
  options: BuildAnnexOptions = {},
): Promise<AnnexResult> {
  return renderPdf(renderAnnexDocument(annex), options);
}
