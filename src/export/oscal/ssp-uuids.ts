import { nameUuid } from './name-uuid';
import { OSCAL_UUID_ROOT } from './oscal-vocabulary';

/** Makes the UUIDs of one workspace's SSP from the names of what they identify. */
export type UuidOf = (...parts: readonly string[]) => string;

/**
 * The UUID maker of one workspace: a namespace per workspace key (the saved workspace's id), and a
 * name per thing from its kind and ids, e.g. `["by", engagementId, rowId, role, "0"]`.
 */
export function uuidsFor(workspaceKey: string): UuidOf {
  const namespace = nameUuid(OSCAL_UUID_ROOT, `workspace:${workspaceKey}`);
  return (...parts) => nameUuid(namespace, JSON.stringify(parts));
}
