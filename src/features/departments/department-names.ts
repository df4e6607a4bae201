import type { Translate } from '@/i18n/translate';
import type { RaciRowState } from '@/model/check-departments';
import type { Department } from '@/model/departments';

/** A department's own name, or the app's name of its kind when the user gave none. */
export function departmentName(department: Department, d: Translate<'departments'>): string {
  return department.name.trim() || d(`departments.kind.${department.kind}`);
}

/** How a RACI row stands, in words. */
export function raciStateText(state: RaciRowState, d: Translate<'departments'>): string {
  return d(`departments.state.${state}`);
}
