import { diffByIdentity } from './identity-patch';
import type { WriteReply, WriteRequest } from './record-writer-protocol';
import type { SavedWorkspaceRecord } from './saved-record';
import type { WriteOutcome } from './workspace-storage';

// Document, workspace, its lists, their items: an edit replaces an item of a list (one engagement,
// one override), and only that item is sent.
const PATCH_DEPTH = 3;

/** A checked write done by the autosave's worker; see record-writer-worker. */
export type RecordWriter = (
  record: SavedWorkspaceRecord,
  expected: number | null,
) => Promise<WriteOutcome>;

/**
 * Writes records through a worker, each document sent as a patch on the one sent before for the
 * same record: a cell edit in a 500-engagement workspace sends that cell, not the workspace. When
 * the worker fails (it could not start, or stopped), this write and every later one go through
 * `fallback` on the main thread, so a save is never lost to the worker.
 */
export function createRecordWriter(worker: Worker, fallback: RecordWriter): RecordWriter {
  let broken = false;
  let versions = 0;
  const sent = new Map<string, { readonly version: number; readonly document: unknown }>();
  const pending = new Map<number, (reply: WriteReply | null) => void>();

  const fail = () => {
    broken = true;
    for (const settle of pending.values()) settle(null);
    pending.clear();
    worker.terminate();
  };
  worker.addEventListener('message', (event: MessageEvent<WriteReply>) => {
    pending.get(event.data.version)?.(event.data);
    pending.delete(event.data.version);
  });
  worker.addEventListener('error', fail);
  worker.addEventListener('messageerror', fail);

  function send(record: SavedWorkspaceRecord, expected: number | null, whole: boolean) {
    const { document, ...meta } = record;
    const previous = whole ? undefined : sent.get(record.id);
    const version = ++versions;
    const request: WriteRequest = {
      meta,
      expected,
      base: previous?.version ?? null,
      version,
      document: previous
        ? diffByIdentity(previous.document, document, PATCH_DEPTH)
        : { kind: 'value', value: document },
    };
    sent.set(record.id, { version, document });
    return new Promise<WriteReply | null>((settle) => {
      pending.set(version, settle);
      try {
        worker.postMessage(request);
      } catch {
        // A document that cannot be copied to the worker is written here instead.
        pending.delete(version);
        settle(null);
      }
    });
  }

  return async (record, expected) => {
    if (broken) return fallback(record, expected);
    let reply = await send(record, expected, false);
    if (reply?.kind === 'send-whole') reply = await send(record, expected, true);
    if (reply === null || reply.kind === 'send-whole') {
      sent.delete(record.id);
      return fallback(record, expected);
    }
    if (reply.kind === 'failed') {
      sent.delete(record.id);
      throw new DOMException(reply.message, reply.name);
    }
    return reply.outcome;
  };
}
