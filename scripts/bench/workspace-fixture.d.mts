/** A workspace document with `count` engagements (ids engagement-1..count) and count - 1 overrides. */
export function generateWorkspaceDocument(
  count: number,
  partyCount?: number,
): {
  format: 'shared-responsibility-workbench/workspace';
  schemaVersion: 1;
  workspace: unknown;
};
/** The IndexedDB record (store 'records', key `workspace:<id>`) that holds a generated workspace. */
export function generateWorkspaceRecord(
  id: string,
  count: number,
  now?: Date,
  partyCount?: number,
): {
  id: string;
  name: string;
  revision: number;
  updatedAt: string;
  shared: boolean;
  document: ReturnType<typeof generateWorkspaceDocument>;
};
