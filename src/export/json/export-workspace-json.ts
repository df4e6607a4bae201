import type { Workspace } from '@/model/workspace';
import { serialiseWorkspaceDocument } from '@/schema/serialise-workspace-document';

/** The MIME type of workspace files. */
export const JSON_MIME_TYPE = 'application/json';

/** Exports a whole workspace as a pretty-printed JSON file in its versioned envelope. */
export function exportWorkspaceJson(workspace: Workspace): string {
  return `${JSON.stringify(serialiseWorkspaceDocument(workspace), null, 2)}\n`;
}
