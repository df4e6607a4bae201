import { compressBytes } from '@/export/compress-bytes';
import type { Workspace } from '@/model/workspace';
import { serialiseWorkspaceDocument } from '@/schema/serialise-workspace-document';
import { SHARE_LIMITS, SHARE_PARAM, SHARE_VERSION } from '@/schema/share-link-format';
import { toBase64Url } from './base64url';

/** A share link, or the reason there is none: the workspace does not fit in a link. */
export type ShareLinkResult =
  | { readonly ok: true; readonly url: string }
  | {
      readonly ok: false;
      readonly reason: 'too-large';
      readonly length: number;
      readonly limit: number;
    };

/**
 * Puts the whole workspace into the fragment of a link to the app (`#share=v1.…`, compressed).
 * Fragments are not sent to servers, so the data travels only with the link itself.
 */
export async function encodeShareLink(
  workspace: Workspace,
  appUrl: string,
): Promise<ShareLinkResult> {
  const json = JSON.stringify(serialiseWorkspaceDocument(workspace));
  const compressed = await compressBytes(new TextEncoder().encode(json), 'deflate-raw');
  const data = `${SHARE_VERSION}.${toBase64Url(compressed)}`;
  if (data.length > SHARE_LIMITS.encodedLength) {
    return {
      ok: false,
      reason: 'too-large',
      length: data.length,
      limit: SHARE_LIMITS.encodedLength,
    };
  }
  const url = new URL(appUrl);
  url.hash = `${SHARE_PARAM}=${data}`;
  return { ok: true, url: url.toString() };
}
