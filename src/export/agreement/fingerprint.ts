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

/** The fingerprint of a workspace's agreed content, computed at once (for printing; see sha256-now). */
export function fingerprintWorkspaceNow(workspace: Workspace): string {
  return sha256HexNow(serialiseAgreedContent(workspace));
}
