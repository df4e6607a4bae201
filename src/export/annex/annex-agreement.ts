import type { AgreementAnnexText } from '@/model/agreement/agreement-annex';
import type { AnnexBlock } from './annex-model';
import { headerCells, heading } from './annex-size';

/**
 * The agreement section of the annex (domain §11): status and fingerprint, the signature table
 * bound to fingerprints, a note when later edits voided signatures, and the record.
 */
export function buildAgreementSection(text: AgreementAnnexText): AnnexBlock[] {
  return [
    heading(text.heading, 1),
    { kind: 'fields', look: 'grid', rows: text.fields },
    heading(text.signaturesHeading, 2),
    {
      kind: 'table',
      table: 'agreementSignatures',
      header: headerCells(text.signatureHeader),
      rows: text.signatureRows.map((row) => row.map((cell) => ({ text: cell }))),
      rowHeaders: false,
    },
    ...(text.voidNote ? [{ kind: 'paragraph', tone: 'alert', text: text.voidNote } as const] : []),
    heading(text.recordHeading, 2),
    { kind: 'list', tone: 'note', items: text.recordLines.map((line) => ({ text: line })) },
  ];
}
