import type { Workspace } from '@/model/workspace';
import { SHARE_LIMITS, SHARE_PARAM, SHARE_VERSION } from '@/schema/share-link-format';
import type { ImportIssue, ImportResult } from '../import-issue';
import { importWorkspaceJson } from '../json/import-workspace-json';

function fail(issue: ImportIssue): ImportResult<Workspace> {
  return { ok: false, issues: [issue] };
}

function fromBase64Url(text: string): Uint8Array<ArrayBuffer> | null {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) return null;
  try {
    const binary = atob(text.replaceAll('-', '+').replaceAll('_', '/'));
    return Uint8Array.from(binary, (c) => c.charCodeAt(0));
  } catch {
    return null;
  }
}

/** Inflates, stopping as soon as the output passes the cap, so a tiny link cannot expand without bound. */
async function inflateCapped(
  bytes: Uint8Array<ArrayBuffer>,
  cap: number,
): Promise<Uint8Array | 'too-large' | null> {
  try {
    const reader = new Blob([bytes])
      .stream()
      .pipeThrough(new DecompressionStream('deflate-raw'))
      .getReader();
    const chunks: Uint8Array[] = [];
    let size = 0;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.length;
      if (size > cap) {
        await reader.cancel();
        return 'too-large';
      }
      chunks.push(value);
    }
    const out = new Uint8Array(size);
    let offset = 0;
    for (const chunk of chunks) {
      out.set(chunk, offset);
      offset += chunk.length;
    }
    return out;
  } catch {
    return null;
  }
}

/** The share data of a URL fragment (`#share=v1.…`), or null when the fragment carries none. */
export function findShareData(hash: string): string | null {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  return params.get(SHARE_PARAM);
}

/**
 * Reads a shared workspace from a link's data, with the same checks as a file import: version
 * prefix, encoded-length cap, decompressed-size cap, then the workspace schema. Never throws.
 */
export async function decodeShareLink(data: string): Promise<ImportResult<Workspace>> {
  if (data.length > SHARE_LIMITS.encodedLength) {
    return fail({
      code: 'too-large',
      expected: `<= ${SHARE_LIMITS.encodedLength}`,
      received: String(data.length),
    });
  }
  const [version, payload = '', ...rest] = data.split('.');
  if (version !== SHARE_VERSION || rest.length > 0) {
    return fail({
      code: 'wrong-format',
      expected: SHARE_VERSION,
      received: (version ?? '').slice(0, 20),
    });
  }
  const bytes = fromBase64Url(payload);
  if (!bytes) return fail({ code: 'unreadable', expected: 'base64url' });
  const inflated = await inflateCapped(bytes, SHARE_LIMITS.decompressedBytes);
  if (inflated === 'too-large')
    return fail({ code: 'too-large', expected: `<= ${SHARE_LIMITS.decompressedBytes}` });
  if (!inflated) return fail({ code: 'unreadable', expected: 'deflate-raw' });
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(inflated);
  } catch {
    return fail({ code: 'not-utf8', expected: 'UTF-8' });
  }
  return importWorkspaceJson(text);
}
