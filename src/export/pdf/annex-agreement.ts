import type { Content } from 'pdfmake/interfaces';
import type { AgreementAnnexText } from '@/model/agreement/agreement-annex';
import { GRID_LAYOUT } from './annex-styles';

/**
 * The agreement section of the annex (domain §11): status and fingerprint, the signature table
 * bound to fingerprints, a note when later edits voided signatures, and the record.
 */
export function buildAgreementSection(text: AgreementAnnexText): Content[] {
  const header = (cells: readonly string[]) =>
    cells.map((cell) => ({ text: cell, style: 'tableHeader' }));
  return [
    { text: text.heading, style: 'h1' },
    {
      style: 'table',
      layout: GRID_LAYOUT,
      table: {
        widths: [96, '*'],
        body: text.fields.map(([label, value]) => [
          { text: label, style: 'tableHeader' },
          { text: value },
        ]),
      },
    },
    { text: text.signaturesHeading, style: 'h2' },
    {
      style: 'table',
      layout: GRID_LAYOUT,
      table: {
        headerRows: 1,
        widths: ['*', '*', '*', 56, 70, 40],
        body: [header(text.signatureHeader), ...text.signatureRows.map((row) => [...row])],
      },
    },
    ...(text.voidNote ? [{ text: text.voidNote, style: 'note', color: '#b3261e' }] : []),
    { text: text.recordHeading, style: 'h2' },
    { ul: [...text.recordLines], style: 'note' },
  ];
}
