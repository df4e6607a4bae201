// Kept apart from customer-duties.ts (loaded with the checks on the first page): only views and
// exports print the letters.
import type { RaciLetter } from './departments';

/** The letter each RACI role is known by, the same in every language. */
export const RACI_MARK: Readonly<Record<RaciLetter, string>> = {
  responsible: 'R',
  accountable: 'A',
  consulted: 'C',
  informed: 'I',
};
