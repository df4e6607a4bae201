import type { Assignment, Basis, Duty, ReportSection, Scope } from '@/model/assignment';
import { ROLES, type Role } from '@/model/roles';
import type { AssuranceServiceType } from '@/model/service-types';
import type { Override } from '@/model/workspace';
import { type JsonObject, NotOurs, type OurProps, objectsOf, ourProps } from './oscal-reader';

function basisOf(value: string, path: string): Basis {
  if (value === 'override') return { source: 'override' };
  const [source, section] = value.split(':');
  if ((source !== 'report' && source !== 'derived') || section === undefined)
    throw new NotOurs(path);
  return { source, section: section as ReportSection };
}

function assignmentOf(props: OurProps, path: string): Assignment {
  const via = props.optional('via');
  const serviceId = props.optional('service-id');
  const partyId = props.optional('party-id');
  return {
    duty: props.required('duty') as Duty,
    scope: props.required('scope') as Scope,
    ...(via === undefined ? {} : { via: via as AssuranceServiceType }),
    ...(serviceId === undefined ? {} : { serviceId }),
    ...(partyId === undefined ? {} : { partyId }),
    basis: basisOf(props.required('basis'), `${path}.props[basis]`),
  };
}

/**
 * The overridden cells of our SSP: each requirement names the roles whose cell was changed and why;
 * their assignments are the requirement's `by-components` of that role, in order.
 */
export function readOscalOverrides(requirements: readonly JsonObject[], path: string): Override[] {
  return requirements.flatMap((requirement, index) => {
    const at = `${path}[${index}]`;
    const props = ourProps(requirement, at);
    const engagementId = props.optional('engagement-id');
    if (engagementId === undefined) return [];
    const rowId = props.required('row-id');
    const byRole = new Map<Role, Assignment[]>(ROLES.map((role) => [role, []]));
    objectsOf(requirement['by-components'], `${at}.by-components`).forEach((entry, n) => {
      const entryAt = `${at}.by-components[${n}]`;
      const entryProps = ourProps(entry, entryAt);
      const role = entryProps.required('role') as Role;
      const list = byRole.get(role);
      if (!list) throw new NotOurs(`${entryAt}.props[role]`);
      list.push(assignmentOf(entryProps, entryAt));
    });
    return props.all('overridden').map((value) => {
      const role = value as Role;
      const assignments = byRole.get(role);
      if (!assignments) throw new NotOurs(`${at}.props[overridden]`);
      return {
        engagementId,
        rowId,
        role,
        assignments,
        reason: props.byClass('override-reason', role) ?? '',
      };
    });
  });
}
