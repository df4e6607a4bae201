import type { IdentityPatch } from './identity-patch';
import type { SavedWorkspaceRecord } from './saved-record';
import type { WriteOutcome } from './workspace-storage';

/**
 * A checked write of a record, its document sent as a patch on the version this page sent last
 * (`base`, a number the page chose) or whole (`base` null).
 */
export interface WriteRequest {
  readonly call: number;
  readonly meta: Omit<SavedWorkspaceRecord, 'document'>;
  readonly expected: number | null;
  readonly base: number | null;
  readonly version: number;
  readonly document: IdentityPatch;
}

/** The worker's answer: the write's outcome, a request for the whole document, or the error. */
export type WriteReply =
  | { readonly call: number; readonly kind: 'done'; readonly outcome: WriteOutcome }
  | { readonly call: number; readonly kind: 'send-whole' }
  | {
      readonly call: number;
      readonly kind: 'failed';
      readonly name: string;
      readonly message: string;
    };
