/**
 * The agreement section of every contract output (PDF annex, print view), with its words already
 * in the output's language: status, fingerprint in full and short, the signature table and the
 * record of proposals and changes. One document, many renderers.
 */
export interface AgreementAnnexText {
  readonly heading: string;
  /** Label and value pairs: status, fingerprint, short form. */
  readonly fields: readonly (readonly [string, string])[];
  readonly signaturesHeading: string;
  readonly signatureHeader: readonly string[];
  readonly signatureRows: readonly (readonly string[])[];
  /** Shown when signatures were voided by a later edit; empty when none were. */
  readonly voidNote: string;
  readonly recordHeading: string;
  readonly recordLines: readonly string[];
}
