import type { AgreementEventKind, AgreementStatus } from '@/model/agreement/agreement';
import type { Workspace } from '@/model/workspace';

/** The words of the annex's agreement section (domain §11): status, signatures and the record. */
export interface AnnexAgreementLabels {
  readonly heading: string;
  readonly status: string;
  readonly statusValue: (status: AgreementStatus) => string;
  readonly fingerprint: string;
  readonly fingerprintShort: string;
  readonly signaturesHeading: string;
  /** Party, name, title, date, signed fingerprint, state. */
  readonly signatureHeader: readonly string[];
  readonly signatureState: (state: 'valid' | 'void' | 'missing') => string;
  /** Why signatures went void, with the changes since they were signed. */
  readonly voided: (changes: string) => string;
  readonly voidedUnknown: string;
  /** Joins the changes in the void note. */
  readonly changeSeparator: string;
  readonly recordHeading: string;
  readonly recordEmpty: string;
  /** One event of the record, e.g. "云帆 signed version 3f2a…". */
  readonly event: (
    kind: AgreementEventKind,
    words: { party: string; author: string; item: string; short: string },
  ) => string;
  /** An item of the agreed content, e.g. a cell or a channel, named from the workspace. */
  readonly item: (key: string, value: unknown, workspace: Workspace) => string;
  /** A party by its id, or a word for an unknown one. */
  readonly party: (id: string, workspace: Workspace) => string;
}
