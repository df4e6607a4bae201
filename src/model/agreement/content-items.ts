import type { Workspace } from '../workspace';

/** The agreed content as items by key: each a record (or a contract field) that changes as a whole. */
export type ContentItems = ReadonlyMap<string, unknown>;

const CONTRACT_FIELDS = ['title', 'version', 'date', 'notes'] as const;

/** The key of a cell's item: one engagement's row and one role's column. */
export function cellItemKey(engagementId: string, rowId: string, role: string): string {
  return `cell/${engagementId}/${rowId}/${role}`;
}

/**
 * Splits what the parties agree on into items: contract fields, parties, engagements (with their
 * assurance services), changed cells with their reasons, channels, joint responses, departments and RACI entries.
 * The agreement record itself is not content: commenting or signing changes no item.
 */
export function listContentItems(workspace: Workspace): ContentItems {
  const items = new Map<string, unknown>();
  for (const field of CONTRACT_FIELDS) items.set(`contract/${field}`, workspace.contract[field]);
  for (const party of workspace.parties) items.set(`party/${party.id}`, party);
  for (const engagement of workspace.engagements) {
    items.set(`engagement/${engagement.id}`, engagement);
  }
  for (const override of workspace.overrides) {
    items.set(cellItemKey(override.engagementId, override.rowId, override.role), override);
  }
  for (const channel of workspace.channels) items.set(`channel/${channel.id}`, channel);
  for (const response of workspace.jointResponses) {
    items.set(`jointResponse/${response.engagementId}`, response);
  }
  for (const department of workspace.departments) {
    items.set(`department/${department.id}`, department);
  }
  for (const entry of workspace.raci) {
    items.set(`raci/${entry.engagementId}/${entry.rowId}/${entry.departmentId}`, entry);
  }
  return items;
}
