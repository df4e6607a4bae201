import type { IdentityPatch } from './identity-patch';
import type { SavedWorkspaceRecord } from './saved-record';
import type { WriteOutcome } from './workspace-storage';

/**
 * A checked write of a record, its document sent as a patch on the version this page sent last
 * (`base`) or whole (`base` null). `version` numbers every request the page sends (one per
 * document sent), so it also names the request a reply answers.
 */
export interface WriteRequest {
  readonly meta: Omit<SavedWorkspaceRecord, 'document'>;
  readonly expected: number | null;
  readonly base: number | null;
  readonly version: number;
  readonly document: IdentityPatch;
}

/** The worker's answer: the write's outcome, a request for the whole document, or the error. */
export type WriteReply =
  | { readonly version: number; readonly kind: 'done'; readonly outcome: WriteOutcome }
  | { readonly version: number; readonly kind: 'send-whole' }
  | {
      readonly version: number;
      readonly kind: 'failed';
      readonly name: string;
      readonly message: string;
    };
