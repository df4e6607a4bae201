import './zod-setup';
import { z } from 'zod';
import { fingerprintSchema } from './agreement-schema';
import { workspaceSchema } from './workspace-schema';

/** What a saved workspace file says it is, so another JSON file is not mistaken for one. */
export const WORKSPACE_DOCUMENT_FORMAT = 'shared-responsibility-workbench/workspace';

/** The schema version this build of the app writes and reads; older versions are migrated to it. */
export const CURRENT_SCHEMA_VERSION = 4;

/** A saved workspace wrapped in its envelope of format and schema version. */
export const workspaceDocumentSchema = z
  .strictObject({
    format: z.literal(WORKSPACE_DOCUMENT_FORMAT),
    schemaVersion: z.literal(CURRENT_SCHEMA_VERSION),
    workspace: workspaceSchema,
    /**
     * The SHA-256 fingerprint of the workspace's agreed content when the file was written (domain §11);
     * a reader recomputes it rather than trusting it.
     */
    fingerprint: fingerprintSchema.optional(),
  })
  .readonly();

/** The saved form of a workspace: what is written to storage, files and share links. */
export type WorkspaceDocument = z.output<typeof workspaceDocumentSchema>;
