import type { CellRef } from './workspace';

/**
 * The departments a customer usually splits its cloud duties across (domain §6), or one the user
 * names. A built-in kind is named by the app in the user's language; a custom one by its own name.
 */
export const DEPARTMENT_KINDS = [
  'security',
  'development',
  'business',
  'operations',
  'custom',
] as const;

/** One kind of department. */
export type DepartmentKind = (typeof DEPARTMENT_KINDS)[number];

/** A department inside one party; `name` is the user's own name for it (required for `custom`). */
export interface Department {
  readonly id: string;
  readonly partyId: string;
  readonly kind: DepartmentKind;
  readonly name: string;
}

/** The four RACI letters: Responsible, Accountable, Consulted, Informed. */
export const RACI_LETTERS = ['responsible', 'accountable', 'consulted', 'informed'] as const;

/** One RACI letter. */
export type RaciLetter = (typeof RACI_LETTERS)[number];

/**
 * What one department does for one duty of its party: the duty is the party's cell in an
 * engagement's row (for now the customer's column, domain §6 "inside the customer").
 */
export interface RaciEntry extends CellRef {
  readonly role: 'customer';
  readonly departmentId: string;
  readonly letters: readonly RaciLetter[];
}
