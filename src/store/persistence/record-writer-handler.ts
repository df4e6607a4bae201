import { applyIdentityPatch } from './identity-patch';
import type { WriteReply, WriteRequest } from './record-writer-protocol';
import type { SavedWorkspaceRecord } from './saved-record';
import type { WriteOutcome } from './workspace-storage';

/**
 * What the autosave's worker does with a request: rebuilds the record from the patch on the last
 * document the page sent for it (or asks for the whole one when it has another), then writes it.
 */
export function createWriteHandler(
  writeChecked: (record: SavedWorkspaceRecord, expected: number | null) => Promise<WriteOutcome>,
): (request: WriteRequest) => Promise<WriteReply> {
  // The last document of each record, by the version number the page gave it.
  const documents = new Map<string, { readonly version: number; readonly document: unknown }>();
  return async (request) => {
    const { meta, expected, base, version } = request;
    const known = documents.get(meta.id);
    if (base !== null && known?.version !== base) return { version, kind: 'send-whole' };
    let document: unknown;
    try {
      document = applyIdentityPatch(base === null ? undefined : known?.document, request.document);
    } catch {
      documents.delete(meta.id);
      return { version, kind: 'send-whole' };
    }
    documents.set(meta.id, { version, document });
    try {
      return {
        version,
        kind: 'done',
        outcome: await writeChecked({ ...meta, document }, expected),
      };
    } catch (error) {
      const { name, message } = error instanceof Error ? error : new Error(String(error));
      return { version, kind: 'failed', name, message };
    }
  };
}
