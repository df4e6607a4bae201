import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import type { AnnexDocument } from '@/export/annex/annex-model';
import { renderBlocks } from './annex-blocks';
import { ANNEX_STYLES } from './annex-styles';

/**
 * The contract annex as a pdfmake document, before fonts are chosen: the annex model's sections in
 * order, the contract title in the header of every page after the first, page numbers in the footer.
 */
export function renderAnnexDocument(annex: AnnexDocument): TDocumentDefinitions {
  const title: Content[] = [
    { text: annex.title, style: 'title' },
    ...(annex.subtitle === null ? [] : [{ text: annex.subtitle, style: 'subtitle' }]),
  ];
  return {
    language: annex.language,
    info: { title: annex.title, subject: annex.subject },
    pageSize: 'A4',
    pageMargins: [40, 48, 40, 48],
    styles: ANNEX_STYLES,
    defaultStyle: { fontSize: 9.5, lineHeight: 1.2 },
    header: (page) =>
      page === 1
        ? ''
        : {
            text: annex.runningHeader,
            style: 'small',
            alignment: 'right',
            margin: [40, 24, 40, 0],
          },
    footer: (page, pageCount) => ({
      text: annex.pageOf(page, pageCount),
      style: 'small',
      alignment: 'center',
      margin: [40, 16, 40, 0],
    }),
    content: [...title, ...annex.sections.flatMap((section) => renderBlocks(section.blocks))],
  };
}
