import type { Workspace } from '@/model/workspace';
import { serialiseWorkspaceDocument } from '@/schema/serialise-workspace-document';

/** The MIME type of workspace files. */
export const JSON_MIME_TYPE = 'application/json';

/**
 * Exports a whole workspace as a pretty-printed JSON file in its versioned envelope, with the
 * fingerprint of its agreed content when the caller has computed it (domain §11).
 */
export function exportWorkspaceJson(workspace: Workspace, fingerprint?: string): string {
  const document = serialiseWorkspaceDocument(workspace);
  return `${JSON.stringify(fingerprint ? { ...document, fingerprint } : document, null, 2)}\n`;
}
