import { type FingerprintedContent, fingerprintWorkspace } from '@/export/agreement/fingerprint';
import type { Workspace } from '@/model/workspace';

/** A proposal the user opened: the other side's workspace, its version, who sent it and on what base. */
export interface ReceivedProposal {
  readonly theirs: Workspace;
  readonly version: FingerprintedContent;
  /** The party that sent it; empty when the file names no proposal (a plain workspace file). */
  readonly proposerId: string;
  readonly baseFingerprint: string;
}

/** Reads who proposed a workspace, and on which base, from its record. */
export async function receiveProposal(theirs: Workspace): Promise<ReceivedProposal> {
  const events = theirs.agreement?.events ?? [];
  const proposal = events.findLast((event) => event.kind === 'proposed');
  return {
    theirs,
    version: await fingerprintWorkspace(theirs),
    proposerId: proposal?.partyId ?? '',
    baseFingerprint: proposal?.baseFingerprint ?? '',
  };
}

/** Reads a proposal from a file the user chose, or null when it is not a workspace file. */
export async function readProposalFile(file: File): Promise<ReceivedProposal | null> {
  const { importWorkspaceJson } = await import('@/import/json/import-workspace-json');
  const result = importWorkspaceJson(await file.text());
  return result.ok ? receiveProposal(result.value) : null;
}

/** Reads a proposal from a pasted share link, or null when it carries none. */
export async function readProposalLink(link: string): Promise<ReceivedProposal | null> {
  const { decodeShareLink, findShareData } = await import('@/import/share-link/decode-share-link');
  let hash = '';
  try {
    hash = new URL(link.trim()).hash;
  } catch {
    return null;
  }
  const data = findShareData(hash);
  if (data === null) return null;
  const result = await decodeShareLink(data);
  return result.ok ? receiveProposal(result.value) : null;
}
