import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { downloadFile } from './download';

describe('downloadFile', () => {
  const createObjectURL = vi.fn((_blob: Blob) => 'blob:test-url');
  const revokeObjectURL = vi.fn();

  beforeEach(() => {
    vi.useFakeTimers();
    // jsdom has no object URLs.
    Object.assign(URL, { createObjectURL, revokeObjectURL });
  });

  afterEach(() => {
    vi.useRealTimers();
    vi.restoreAllMocks();
    createObjectURL.mockClear();
    revokeObjectURL.mockClear();
  });

  it('clicks a temporary download link to an object URL of the content', async () => {
    const clicked: HTMLAnchorElement[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      clicked.push(this);
    });
    downloadFile('矩阵.csv', '\uFEFFa,b\r\n', 'text/csv;charset=utf-8');
    expect(clicked).toHaveLength(1);
    expect(clicked[0]?.download).toBe('矩阵.csv');
    expect(clicked[0]?.href).toBe('blob:test-url');
    expect(document.querySelector('a')).toBeNull();
    const blob = createObjectURL.mock.calls[0]?.[0] ?? new Blob();
    expect(blob.type).toBe('text/csv;charset=utf-8');
    // The byte-order mark is written as UTF-8 bytes.
    expect([...new Uint8Array(await blob.arrayBuffer())].slice(0, 3)).toEqual([0xef, 0xbb, 0xbf]);
  });

  it('revokes the object URL afterwards, not before the browser read it', () => {
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    downloadFile('a.json', '{}', 'application/json');
    expect(revokeObjectURL).not.toHaveBeenCalled();
    vi.runAllTimers();
    expect(revokeObjectURL).toHaveBeenCalledWith('blob:test-url');
  });

  it('saves a made file (a Blob) with the type it was made with', () => {
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    const made = new Blob(['%PDF'], { type: 'application/pdf' });
    downloadFile('annex.pdf', made);
    expect(createObjectURL).toHaveBeenCalledWith(made);
  });
});
