import { describe, expect, it, vi } from 'vitest';
import type { ExportCommand, ExportEvent, ExportJobs } from './export-protocol';
import { type ExportPort, serveExports } from './serve-exports';

function fakePort() {
  const sent: ExportEvent[] = [];
  let listener: ((event: MessageEvent<ExportCommand>) => void) | undefined;
  const port: ExportPort = {
    postMessage: (message) => sent.push(message),
    addEventListener: (_type, l) => {
      listener = l;
    },
  };
  const send = (command: ExportCommand) =>
    listener?.({ data: command } as MessageEvent<ExportCommand>);
  return { port, sent, send };
}

const blob = new Blob(['file']);
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

function jobs(overrides: Partial<ExportJobs> = {}): ExportJobs {
  return {
    'annex-pdf': async (_input, { progress }) => {
      progress(0.5);
      return { blob, missingCharacters: ['〓'], pageCount: 3 };
    },
    'party-pdf': async () => {
      throw new Error('no fonts');
    },
    backup: async () => ({ blob, missingCharacters: [] }),
    xlsx: async () => ({ blob, missingCharacters: [], sheetCount: 9 }),
    oscal: async () => ({ blob, companion: blob, missingCharacters: [] }),
    ...overrides,
  };
}

const request = (id: number, kind: 'annex-pdf' | 'party-pdf' | 'backup') =>
  ({ type: 'request', id, kind, input: {}, baseUri: 'http://x/' }) as unknown as ExportCommand;

describe('serveExports', () => {
  it('sends progress, then the file with its missing characters and pages', async () => {
    const { port, sent, send } = fakePort();
    serveExports(jobs(), port);
    send(request(1, 'annex-pdf'));
    await settle();
    expect(sent).toEqual([
      { type: 'progress', id: 1, fraction: 0.5 },
      { type: 'result', id: 1, output: { blob, missingCharacters: ['〓'], pageCount: 3 } },
    ]);
  });

  it('sends a failure as a message naming why', async () => {
    const { port, sent, send } = fakePort();
    serveExports(jobs(), port);
    send(request(2, 'party-pdf'));
    await settle();
    expect(sent).toEqual([{ type: 'error', id: 2, message: 'no fonts' }]);
  });

  it('stops a cancelled job at its next progress point and sends nothing more', async () => {
    const { port, sent, send } = fakePort();
    let resume: () => void = () => {};
    serveExports(
      jobs({
        backup: async (_input, { progress }) => {
          await new Promise<void>((resolve) => {
            resume = resolve;
          });
          progress(0.9);
          return { blob, missingCharacters: [] };
        },
      }),
      port,
    );
    send(request(3, 'backup'));
    send({ type: 'cancel', id: 3 });
    resume();
    await settle();
    expect(sent).toEqual([]);
  });

  it('loads ahead when asked to warm, without answering', async () => {
    const { port, sent, send } = fakePort();
    const warm = vi.fn(async () => {});
    serveExports({ ...jobs(), warm }, port);
    send({ type: 'warm', baseUri: 'http://x/' });
    await settle();
    expect(warm).toHaveBeenCalledWith('http://x/');
    expect(sent).toEqual([]);
  });
});
