import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { encodeShareLink } from '@/export/share-link/encode-share-link';
import { decodeShareLink, findShareData } from '@/import/share-link/decode-share-link';
import { createWorkspace } from '@/model/create-workspace';
import { arbitraryWorkspace } from '../support/arbitrary-workspace';

const APP = 'https://intranet.example/workbench/?type=iaas';

async function roundTrip(workspace: Parameters<typeof encodeShareLink>[0]) {
  const link = await encodeShareLink(workspace, APP);
  if (!link.ok) throw new Error('too large');
  const data = findShareData(new URL(link.url).hash);
  if (data === null) throw new Error('no share data');
  return decodeShareLink(data);
}

describe('share links', () => {
  it('carries the workspace in the fragment and keeps the rest of the address', async () => {
    const link = await encodeShareLink(
      createWorkspace({ resourceService: 'paas', mode: 'cloudService' }),
      APP,
    );
    expect(link.ok && link.url).toMatch(
      /^https:\/\/intranet\.example\/workbench\/\?type=iaas#share=v1\.[\w-]+$/,
    );
  });

  it('gives back the same workspace', async () => {
    await fc.assert(
      fc.asyncProperty(arbitraryWorkspace(), async (workspace) => {
        const decoded = await roundTrip(workspace);
        expect(decoded).toEqual({ ok: true, value: workspace });
      }),
      { numRuns: 30 },
    );
  });

  it.each([
    { what: 'another version', data: 'v9.abc', code: 'wrong-format' },
    { what: 'no version', data: 'abc', code: 'wrong-format' },
    { what: 'characters outside base64url', data: 'v1.ab+/=', code: 'unreadable' },
    { what: 'data that is not compressed', data: 'v1.aGVsbG8', code: 'unreadable' },
    { what: 'an over-long link', data: `v1.${'a'.repeat(60_001)}`, code: 'too-large' },
  ])('refuses $what', async ({ data, code }) => {
    const result = await decodeShareLink(data);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.issues[0]?.code).toBe(code);
  });

  it('refuses a small link that would expand past the cap', async () => {
    const zeros = new Blob([new Uint8Array(5_000_000)])
      .stream()
      .pipeThrough(new CompressionStream('deflate-raw'));
    const bytes = new Uint8Array(await new Response(zeros).arrayBuffer());
    const data = `v1.${Buffer.from(bytes).toString('base64url')}`;
    const result = await decodeShareLink(data);
    expect(!result.ok && result.issues[0]?.code).toBe('too-large');
  });

  it('refuses a tampered workspace with the schema’s issues', async () => {
    const json = JSON.stringify({
      format: 'shared-responsibility-workbench/workspace',
      schemaVersion: 1,
      workspace: { parties: 1 },
    });
    const stream = new Blob([json]).stream().pipeThrough(new CompressionStream('deflate-raw'));
    const data = `v1.${Buffer.from(await new Response(stream).arrayBuffer()).toString('base64url')}`;
    const result = await decodeShareLink(data);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.issues.some((i) => i.path?.startsWith('workspace'))).toBe(true);
  });

  it('never throws on any string', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string(), async (text) => {
        await expect(decodeShareLink(`v1.${text}`)).resolves.toBeDefined();
        await expect(decodeShareLink(text)).resolves.toBeDefined();
      }),
      { numRuns: 200 },
    );
  });
});
