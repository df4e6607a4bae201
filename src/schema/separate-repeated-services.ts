import { isLooseRecord } from './loose-records';

type Loose = Record<string, unknown>;

function records(value: unknown): Loose[] {
  return Array.isArray(value) ? value.filter((item): item is Loose => isLooseRecord(item)) : [];
}

function stringId(record: Loose): string | undefined {
  return typeof record.id === 'string' ? record.id : undefined;
}

/**
 * Before version 2 each engagement numbered its own security services, so `security-1` in two
 * engagements meant two services that happened to share a name. From version 2 one id in several
 * engagements means ONE service covering them all (same vendor). This gives every repeated id after
 * the first its own id, and follows it in that engagement's overrides (row ids and `serviceId`).
 * It changes the private copy a migration receives.
 */
export function separateRepeatedServices(workspace: Loose): void {
  const seen = new Set<string>();
  const renamesByEngagement = new Map<string, Map<string, string>>();
  for (const engagement of records(workspace.engagements)) {
    const engagementId = stringId(engagement);
    const services = records(engagement.securityServices);
    const ops = isLooseRecord(engagement.operationsService) ? [engagement.operationsService] : [];
    const taken = new Set([...services, ...ops].map(stringId).filter((id) => id !== undefined));
    const renames = new Map<string, string>();
    for (const service of services) {
      const id = stringId(service);
      if (id === undefined) continue;
      if (seen.has(id) && engagementId !== undefined) {
        let n = 2;
        while (seen.has(`${id}-${n}`) || taken.has(`${id}-${n}`)) n += 1;
        const renamed = `${id}-${n}`;
        service.id = renamed;
        taken.add(renamed);
        renames.set(id, renamed);
      }
      seen.add(service.id as string);
    }
    if (engagementId !== undefined && renames.size > 0) {
      renamesByEngagement.set(engagementId, renames);
    }
  }
  for (const override of records(workspace.overrides)) {
    const renames =
      typeof override.engagementId === 'string'
        ? renamesByEngagement.get(override.engagementId)
        : undefined;
    if (!renames) continue;
    const rowId = override.rowId;
    if (typeof rowId === 'string' && rowId.startsWith('securityService:')) {
      const renamed = renames.get(rowId.slice('securityService:'.length));
      if (renamed !== undefined) override.rowId = `securityService:${renamed}`;
    }
    for (const assignment of records(override.assignments)) {
      const serviceId = assignment.serviceId;
      if (typeof serviceId !== 'string') continue;
      const renamed = renames.get(serviceId);
      if (renamed !== undefined) assignment.serviceId = renamed;
    }
  }
}
