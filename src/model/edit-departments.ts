import { nextId } from './create-workspace';
import {
  DEPARTMENT_KINDS,
  type Department,
  type DepartmentKind,
  RACI_LETTERS,
  type RaciEntry,
  type RaciLetter,
} from './departments';
import type { CellRef, Workspace } from './workspace';

/** The departments most customers have (domain §6), in the order the app adds them. */
export const STANDARD_DEPARTMENT_KINDS: readonly Exclude<DepartmentKind, 'custom'>[] =
  DEPARTMENT_KINDS.filter((kind): kind is Exclude<DepartmentKind, 'custom'> => kind !== 'custom');

/** A customer cell that departments can split: the customer's column of an engagement's row. */
export type CustomerCellRef = Omit<CellRef, 'role'> & { readonly role: 'customer' };

const ID_PREFIX = 'department';

function hasParty(workspace: Workspace, partyId: string): boolean {
  return workspace.parties.some((party) => party.id === partyId);
}

/**
 * Adds a department to a party. A built-in kind may go unnamed (the app names it in the user's
 * language); a custom one needs a name. Nothing changes for an unknown party or a blank custom name.
 */
export function addDepartment(
  workspace: Workspace,
  partyId: string,
  kind: DepartmentKind,
  name = '',
): Workspace {
  const trimmed = name.trim();
  if (!hasParty(workspace, partyId) || (kind === 'custom' && trimmed === '')) return workspace;
  const id = nextId(
    ID_PREFIX,
    workspace.departments.map((d) => d.id),
  );
  const department: Department = { id, partyId, kind, name: trimmed };
  return { ...workspace, departments: [...workspace.departments, department] };
}

/**
 * Adds the four standard departments (security, development, business, operations) to a party in
 * one step, leaving out any kind the party already has.
 */
export function addStandardDepartments(workspace: Workspace, partyId: string): Workspace {
  if (!hasParty(workspace, partyId)) return workspace;
  const present = new Set(
    workspace.departments.filter((d) => d.partyId === partyId).map((d) => d.kind),
  );
  return STANDARD_DEPARTMENT_KINDS.filter((kind) => !present.has(kind)).reduce(
    (next, kind) => addDepartment(next, partyId, kind),
    workspace,
  );
}

/**
 * Renames a department. A built-in kind renamed to nothing takes the app's name again; a custom
 * department keeps its name rather than become blank.
 */
export function renameDepartment(
  workspace: Workspace,
  departmentId: string,
  name: string,
): Workspace {
  const trimmed = name.trim();
  const department = workspace.departments.find((d) => d.id === departmentId);
  if (!department || department.name === trimmed) return workspace;
  if (department.kind === 'custom' && trimmed === '') return workspace;
  return {
    ...workspace,
    departments: workspace.departments.map((d) =>
      d.id === departmentId ? { ...d, name: trimmed } : d,
    ),
  };
}

/** Removes a department and every RACI letter it holds. */
export function removeDepartment(workspace: Workspace, departmentId: string): Workspace {
  if (!workspace.departments.some((d) => d.id === departmentId)) return workspace;
  return {
    ...workspace,
    departments: workspace.departments.filter((d) => d.id !== departmentId),
    raci: workspace.raci.filter((entry) => entry.departmentId !== departmentId),
  };
}

function isEntryOf(entry: RaciEntry, ref: CustomerCellRef, departmentId: string): boolean {
  return (
    entry.engagementId === ref.engagementId &&
    entry.rowId === ref.rowId &&
    entry.role === ref.role &&
    entry.departmentId === departmentId
  );
}

/**
 * Sets what one department does for one customer duty, as RACI letters (kept once each, in R-A-C-I
 * order). No letters removes the entry; letters for an unknown department change nothing.
 */
export function setRaciLetters(
  workspace: Workspace,
  ref: CustomerCellRef,
  departmentId: string,
  letters: readonly RaciLetter[],
): Workspace {
  if (!workspace.departments.some((d) => d.id === departmentId)) return workspace;
  const sorted = RACI_LETTERS.filter((letter) => letters.includes(letter));
  const current = workspace.raci.find((entry) => isEntryOf(entry, ref, departmentId));
  const same =
    (current?.letters.length ?? 0) === sorted.length &&
    sorted.every((letter, i) => current?.letters[i] === letter);
  if (same) return workspace;
  const others = workspace.raci.filter((entry) => !isEntryOf(entry, ref, departmentId));
  if (sorted.length === 0) return { ...workspace, raci: others };
  const entry: RaciEntry = {
    engagementId: ref.engagementId,
    rowId: ref.rowId,
    role: 'customer',
    departmentId,
    letters: sorted,
  };
  // An edited entry keeps its place, so exports list entries in a stable order.
  const raci = current
    ? workspace.raci.map((e) => (e === current ? entry : e))
    : [...workspace.raci, entry];
  return { ...workspace, raci };
}

/** Adds or takes away one letter of a department on a customer duty. */
export function toggleRaciLetter(
  workspace: Workspace,
  ref: CustomerCellRef,
  departmentId: string,
  letter: RaciLetter,
): Workspace {
  const current =
    workspace.raci.find((entry) => isEntryOf(entry, ref, departmentId))?.letters ?? [];
  const letters = current.includes(letter)
    ? current.filter((l) => l !== letter)
    : [...current, letter];
  return setRaciLetters(workspace, ref, departmentId, letters);
}
