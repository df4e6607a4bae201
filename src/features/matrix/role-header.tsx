import { useT } from '@/i18n/i18n-provider';
import { findRolePartyIds } from '@/model/role-parties';
import type { Role } from '@/model/roles';
import type { Engagement, Party } from '@/model/workspace';
import { selectCurrentEngagement } from '@/store/select-current-engagement';
import { useWorkspaceStore } from '@/store/use-workspace-store';

/** The parties that act in a role in an engagement, by name. */
function findPartyNames(engagement: Engagement, parties: readonly Party[], role: Role): string[] {
  return findRolePartyIds(engagement, role).flatMap(
    (id) => parties.find((p) => p.id === id)?.name ?? [],
  );
}

/** A role's column header, with the names of the parties acting in it when the workspace names them. */
export function RoleHeader(props: { role: Role }) {
  const t = useT();
  const engagement = useWorkspaceStore(selectCurrentEngagement);
  const parties = useWorkspaceStore((s) => s.workspace.parties);
  const names = engagement ? findPartyNames(engagement, parties, props.role) : [];
  return (
    <span className="role-header">
      <span>{t(`role.${props.role}`)}</span>
      {names.length > 0 ? (
        <span className="role-header-parties">{names.join(t('list.separator'))}</span>
      ) : null}
    </span>
  );
}
