import { serialiseAgreedContent } from '@/model/agreement/canonical-content';
import type { Workspace } from '@/model/workspace';
import { sha256HexNow } from './sha256-now';

/** The SHA-256 of a text (UTF-8) in lower-case hex, by the browser's Web Crypto. */
export async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** A version of the agreed content: its canonical serialisation and that text's fingerprint. */
export interface FingerprintedContent {
  readonly fingerprint: string;
  readonly content: string;
}

/** The fingerprint of a workspace's agreed content (domain §11), with the text it is taken over. */
export async function fingerprintWorkspace(workspace: Workspace): Promise<FingerprintedContent> {
  const content = serialiseAgreedContent(workspace);
  return { fingerprint: await sha256Hex(content), content };
}

// Per workspace object (a workspace is never changed in place): the same workspace exported twice,
// or fingerprinted ahead of an export (see prepareCsvAhead), is hashed once.
const computed = new WeakMap<Workspace, string>();

/** The fingerprint of a workspace's agreed content, computed at once (see sha256-now). */
export function fingerprintWorkspaceNow(workspace: Workspace): string {
  let fingerprint = computed.get(workspace);
  if (fingerprint === undefined) {
    fingerprint = sha256HexNow(serialiseAgreedContent(workspace));
    computed.set(workspace, fingerprint);
  }
  return fingerprint;
}
