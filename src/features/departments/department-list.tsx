import { type FormEvent, useId, useState } from 'react';
import { describeParty } from '@/i18n/describe-party';
import { useT } from '@/i18n/i18n-provider';
import {
  addDepartment,
  addStandardDepartments,
  removeDepartment,
  renameDepartment,
  STANDARD_DEPARTMENT_KINDS,
} from '@/model/edit-departments';
import type { Party, Workspace } from '@/model/workspace';
import { LIMITS } from '@/schema/limits';
import { useWorkspaceStore, workspaceStore } from '@/store/use-workspace-store';
import { DepartmentNameField } from './department-name-field';
import { departmentName } from './department-names';

/** What the last action of the list did, for the status line (and the undo of a removal). */
type LastAction =
  | { readonly kind: 'added'; readonly names: string }
  | { readonly kind: 'removed'; readonly name: string; readonly after: Workspace };

/**
 * The departments of one customer party: the four standard ones in one click, others by name,
 * renamed in place, removed with their RACI letters (undoable, and the list says so).
 */
export function DepartmentList({ party }: { readonly party: Party }) {
  const t = useT();
  const d = useT('departments');
  const id = useId();
  const workspace = useWorkspaceStore((s) => s.workspace);
  const edit = useWorkspaceStore((s) => s.edit);
  const [customName, setCustomName] = useState('');
  const [nameMissing, setNameMissing] = useState(false);
  const [last, setLast] = useState<LastAction | null>(null);
  const departments = workspace.departments.filter((dep) => dep.partyId === party.id);
  const kinds = new Set(departments.map((dep) => dep.kind));
  const allStandard = STANDARD_DEPARTMENT_KINDS.every((kind) => kinds.has(kind));
  const name = describeParty(workspace.parties, party.id, t);

  const addStandard = () => {
    const missing = STANDARD_DEPARTMENT_KINDS.filter((kind) => !kinds.has(kind));
    edit(addStandardDepartments, party.id);
    const names = missing.map((kind) => d(`departments.kind.${kind}`));
    setLast({ kind: 'added', names: names.join(t('list.separator')) });
  };
  const addCustom = (event: FormEvent) => {
    event.preventDefault();
    const trimmed = customName.trim();
    if (trimmed === '') {
      setNameMissing(true);
      return;
    }
    edit(addDepartment, party.id, 'custom', trimmed);
    setNameMissing(false);
    setCustomName('');
    setLast({ kind: 'added', names: trimmed });
  };
  const remove = (departmentId: string, label: string) => {
    edit(removeDepartment, departmentId);
    setLast({ kind: 'removed', name: label, after: workspaceStore.getState().workspace });
  };
  // Undo is offered only while the removal is still the latest change.
  const canUndo = last?.kind === 'removed' && last.after === workspace;

  return (
    <section className="panel department-list" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>{d('departments.listHeading', { party: name })}</h3>
      {departments.length === 0 ? (
        <p className="field-hint">{d('departments.none', { party: name })}</p>
      ) : (
        <ul className="department-items">
          {departments.map((department, index) => {
            const label = departmentName(department, d);
            return (
              <li key={department.id}>
                <DepartmentNameField
                  department={department}
                  number={index + 1}
                  onRename={(next) => edit(renameDepartment, department.id, next)}
                  action={
                    <button
                      type="button"
                      aria-label={d('departments.removeLabel', { name: label })}
                      onClick={() => remove(department.id, label)}
                    >
                      {d('departments.remove')}
                    </button>
                  }
                />
              </li>
            );
          })}
        </ul>
      )}
      <div className="department-add-standard">
        <button
          type="button"
          className="primary"
          disabled={allStandard}
          aria-describedby={`${id}-standard-hint`}
          onClick={addStandard}
        >
          {d('departments.addStandard')}
        </button>
        <span id={`${id}-standard-hint`} className="field-hint">
          {d('departments.addStandardHint')}
        </span>
      </div>
      <form className="department-add-custom" onSubmit={addCustom} noValidate>
        <label htmlFor={`${id}-custom`}>{d('departments.customName')}</label>
        <div className="department-add-row">
          <input
            id={`${id}-custom`}
            value={customName}
            maxLength={LIMITS.nameLength}
            aria-invalid={nameMissing || undefined}
            aria-describedby={nameMissing ? `${id}-custom-error` : undefined}
            onChange={(event) => setCustomName(event.target.value)}
          />
          <button type="submit">{d('departments.add')}</button>
        </div>
        {nameMissing ? (
          <p id={`${id}-custom-error`} className="field-error" role="alert">
            {d('departments.nameRequired')}
          </p>
        ) : null}
      </form>
      <div className="department-status">
        <p role="status">
          {last?.kind === 'added' ? d('departments.added', { names: last.names }) : null}
          {last?.kind === 'removed' ? d('departments.removed', { name: last.name }) : null}
        </p>
        {canUndo ? (
          <button type="button" onClick={() => workspaceStore.getState().undo()}>
            {d('departments.undo')}
          </button>
        ) : null}
      </div>
    </section>
  );
}
