import './zod-setup';
import { z } from 'zod';
import { agreementSchema } from './agreement-schema';
import { channelSchema, jointResponseSchema } from './channel-schema';
import { contractSchema } from './contract-schema';
import { addCustomIssue } from './custom-issue';
import { departmentSchema, raciEntrySchema } from './department-schema';
import { engagementSchema } from './engagement-schema';
import { LIMITS } from './limits';
import { overrideSchema } from './override-schema';
import { partySchema } from './party-schema';
import { checkWorkspaceReferences } from './workspace-references';

/** The lists of a workspace with the schema of their items and their caps. */
export const WORKSPACE_LISTS = {
  parties: { item: partySchema, max: LIMITS.parties },
  engagements: { item: engagementSchema, max: LIMITS.engagements },
  overrides: { item: overrideSchema, max: LIMITS.overrides },
  channels: { item: channelSchema, max: LIMITS.channels },
  jointResponses: { item: jointResponseSchema, max: LIMITS.jointResponses },
  departments: { item: departmentSchema, max: LIMITS.departments },
  raci: { item: raciEntrySchema, max: LIMITS.raci },
} as const;

function listSchema<T extends z.ZodType>({ item, max }: { item: T; max: number }) {
  return z.array(item).max(max).readonly();
}

/**
 * A saved workspace: strict at every level, capped in size, and with every id unique and every
 * reference pointing at something that exists.
 */
export const workspaceSchema = z
  .strictObject({
    contract: contractSchema,
    parties: listSchema(WORKSPACE_LISTS.parties),
    engagements: listSchema(WORKSPACE_LISTS.engagements),
    overrides: listSchema(WORKSPACE_LISTS.overrides),
    channels: listSchema(WORKSPACE_LISTS.channels),
    jointResponses: listSchema(WORKSPACE_LISTS.jointResponses),
    departments: listSchema(WORKSPACE_LISTS.departments),
    raci: listSchema(WORKSPACE_LISTS.raci),
    agreement: agreementSchema.optional(),
  })
  .superRefine(
    (workspace, ctx) => {
      // A flood of broken references stops a little past the cap of listed issues.
      let budget = LIMITS.issues + 1;
      checkWorkspaceReferences(workspace, (path, detail) => {
        if (budget-- > 0) addCustomIssue(ctx, path, detail);
      });
    },
    // Also when some fields failed, so a broken reference is listed together with everything else.
    { when: () => true },
  )
  .readonly();
