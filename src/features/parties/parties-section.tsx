import { useT } from '@/i18n/i18n-provider';
import { nextId } from '@/model/create-workspace';
import {
  addParty,
  findPartyRemovalEffects,
  removeParty,
  renameParty,
  setPartyRoles,
} from '@/model/edit-parties';
import { ROLES } from '@/model/roles';
import { useWorkspaceStore, workspaceStore } from '@/store/use-workspace-store';
import { PartyAddForm } from './party-add-form';
import { PartyRow } from './party-row';
import { describePartyRemoval } from './removal-text';
import type { Remove } from './use-removal';

/** The parties of the workspace as a table with a role per column, and the form that adds one. */
export function PartiesSection({ remove }: { readonly remove: Remove }) {
  const t = useT();
  const p = useT('parties');
  const parties = useWorkspaceStore((s) => s.workspace.parties);
  const edit = useWorkspaceStore((s) => s.edit);
  return (
    <section className="panel parties-section" aria-labelledby="parties-heading">
      <h3 id="parties-heading">{p('parties.heading')}</h3>
      <p className="field-hint">{p('parties.rolesHint')}</p>
      {parties.length === 0 ? (
        <p>{p('parties.none')}</p>
      ) : (
        <div className="parties-table-wrap">
          <table className="parties-table">
            <thead>
              <tr>
                <th scope="col">{p('parties.name')}</th>
                {ROLES.map((role) => (
                  <th key={role} scope="col">
                    {t(`role.${role}`)}
                  </th>
                ))}
                <th scope="col">{p('parties.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {parties.map((party) => (
                <PartyRow
                  key={party.id}
                  party={party}
                  parties={parties}
                  onRename={(name) => edit(renameParty, party.id, name)}
                  onRolesChange={(roles) => edit(setPartyRoles, party.id, roles)}
                  onRemove={() => {
                    const { workspace } = workspaceStore.getState();
                    const effects = findPartyRemovalEffects(workspace, party.id);
                    remove(
                      (tr) => describePartyRemoval(tr, party.name, effects),
                      removeParty,
                      party.id,
                    );
                  }}
                />
              ))}
            </tbody>
          </table>
        </div>
      )}
      <PartyAddForm
        parties={parties}
        onAdd={(name, roles) => {
          const taken = workspaceStore.getState().workspace.parties.map((party) => party.id);
          edit(addParty, { id: nextId('party', taken), name, roles });
        }}
      />
    </section>
  );
}
