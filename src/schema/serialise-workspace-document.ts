import type { Workspace } from '@/model/workspace';
import {
  CURRENT_SCHEMA_VERSION,
  WORKSPACE_DOCUMENT_FORMAT,
  type WorkspaceDocument,
} from './envelope';

/** Wraps a workspace in its envelope for saving; callers JSON.stringify the result. */
export function serialiseWorkspaceDocument(workspace: Workspace): WorkspaceDocument {
  return { format: WORKSPACE_DOCUMENT_FORMAT, schemaVersion: CURRENT_SCHEMA_VERSION, workspace };
}
