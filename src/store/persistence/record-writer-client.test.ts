import { describe, expect, it } from 'vitest';
import { setContract } from '@/model/edit-contract';
import { buildEngagement, buildWorkspace } from '../../../tests/support/test-builders';
import { createRecordWriter, type RecordWriter } from './record-writer-client';
import { createWriteHandler } from './record-writer-handler';
import type { WriteReply, WriteRequest } from './record-writer-protocol';
import { makeRecord, type SavedWorkspaceRecord } from './saved-record';
import { storedRevision, type WriteOutcome } from './workspace-storage';

/** A worker in this thread: messages are copied both ways, as between threads. */
class InThreadWorker extends EventTarget {
  readonly requests: WriteRequest[] = [];
  terminated = false;
  constructor(private readonly handle: (request: WriteRequest) => Promise<WriteReply>) {
    super();
  }
  postMessage(message: WriteRequest) {
    const request = structuredClone(message);
    this.requests.push(request);
    void this.handle(request).then((reply) =>
      this.dispatchEvent(new MessageEvent('message', { data: structuredClone(reply) })),
    );
  }
  terminate() {
    this.terminated = true;
  }
}

/** A store of records with the checked write's rule, and the writes done on the main thread. */
function recordStore() {
  const records = new Map<string, SavedWorkspaceRecord>();
  const inPage: string[] = [];
  const writeChecked = async (record: SavedWorkspaceRecord, expected: number | null) => {
    if (storedRevision(records.get(record.id)) !== expected) return 'conflict' as WriteOutcome;
    records.set(record.id, structuredClone(record));
    return 'written' as WriteOutcome;
  };
  const fallback: RecordWriter = (record, expected) => {
    inPage.push(record.name);
    return writeChecked(record, expected);
  };
  return { records, inPage, writeChecked, fallback };
}

const workspace = buildWorkspace([
  buildEngagement({ id: 'engagement-1' }),
  buildEngagement({ id: 'engagement-2', name: 'Second' }),
]);
const meta = (revision: number) => ({ id: 'w1', name: `rev ${revision}`, revision, shared: false });
const NOW = new Date('2026-12-07T10:00:00Z');

describe('createRecordWriter', () => {
  it('writes every revision in the worker, sending after the first only what changed', async () => {
    const store = recordStore();
    const worker = new InThreadWorker(createWriteHandler(store.writeChecked));
    const write = createRecordWriter(worker as unknown as Worker, store.fallback);
    let current = workspace;
    expect(await write(makeRecord(meta(1), current, NOW), null)).toBe('written');
    current = setContract(current, { title: 'Renamed' });
    expect(await write(makeRecord(meta(2), current, NOW), 1)).toBe('written');
    expect(store.records.get('w1')).toEqual(makeRecord(meta(2), current, NOW));
    expect(store.inPage).toEqual([]);
    const second = JSON.stringify(worker.requests[1]);
    expect(second).toContain('Renamed');
    expect(second).not.toContain('"Second"');
  });

  it('passes on a conflict the worker found, as the page would', async () => {
    const store = recordStore();
    const write = createRecordWriter(
      new InThreadWorker(createWriteHandler(store.writeChecked)) as unknown as Worker,
      store.fallback,
    );
    await write(makeRecord(meta(1), workspace, NOW), null);
    expect(await write(makeRecord(meta(2), workspace, NOW), 5)).toBe('conflict');
  });

  it('sends the whole document again when the worker lost the one it was based on', async () => {
    const store = recordStore();
    let handle = createWriteHandler(store.writeChecked);
    const worker = new InThreadWorker((request) => handle(request));
    const write = createRecordWriter(worker as unknown as Worker, store.fallback);
    await write(makeRecord(meta(1), workspace, NOW), null);
    // A new handler knows no document (as a restarted worker would not).
    handle = createWriteHandler(store.writeChecked);
    const renamed = setContract(workspace, { title: 'Again' });
    expect(await write(makeRecord(meta(2), renamed, NOW), 1)).toBe('written');
    expect(store.records.get('w1')).toEqual(makeRecord(meta(2), renamed, NOW));
    expect(worker.requests.map((r) => r.base === null)).toEqual([true, false, true]);
  });

  it('turns a storage error in the worker into the same DOMException the page would see', async () => {
    const store = recordStore();
    const full = createWriteHandler(async () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    const write = createRecordWriter(new InThreadWorker(full) as unknown as Worker, store.fallback);
    await expect(write(makeRecord(meta(1), workspace, NOW), null)).rejects.toMatchObject({
      name: 'QuotaExceededError',
    });
  });

  it('writes in the page, now and from then on, once the worker has failed', async () => {
    const store = recordStore();
    const worker = new InThreadWorker(() => new Promise<WriteReply>(() => {}));
    const write = createRecordWriter(worker as unknown as Worker, store.fallback);
    const first = write(makeRecord(meta(1), workspace, NOW), null);
    worker.dispatchEvent(new Event('error'));
    expect(await first).toBe('written');
    expect(await write(makeRecord(meta(2), workspace, NOW), 1)).toBe('written');
    expect(store.inPage).toEqual(['rev 1', 'rev 2']);
    expect(worker.terminated).toBe(true);
  });
});
