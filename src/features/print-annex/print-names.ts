import { describeAssignment } from '@/i18n/describe-assignment';
import { describeRow } from '@/i18n/describe-row';
import type { Translate } from '@/i18n/translate';
import type { Assignment, MatrixRow } from '@/model/assignment';
import type { AssuranceServiceType } from '@/model/service-types';
import type { Engagement, Workspace } from '@/model/workspace';
import type { PrintT } from './use-print-t';

/** Marks a cell that differs from the baseline. */
export const OVERRIDE_MARK = '*';

/** Marks an assignment that rests on our derived reading rather than the report's text. */
export const DERIVED_MARK = '†';

/** The heading of an engagement: its number, and its name when it has one. */
export function engagementTitle(engagement: Engagement, index: number, p: PrintT): string {
  const name = engagement.name.trim();
  return name
    ? p('print.engagement.headingNamed', { number: index + 1, name })
    : p('print.engagement.heading', { number: index + 1 });
}

/** The name of a party, or what to print when none is named or the id is unknown. */
export function partyName(workspace: Workspace, partyId: string | null | undefined, p: PrintT) {
  if (partyId === null || partyId === undefined) return p('print.parties.unassigned');
  const party = workspace.parties.find((candidate) => candidate.id === partyId);
  return party ? party.name : p('print.parties.unknown', { id: partyId });
}

/** An assurance service by type, numbered only when the engagement buys several security services. */
export function serviceName(
  engagement: Engagement,
  type: AssuranceServiceType,
  serviceId: string | undefined,
  t: Translate,
  p: PrintT,
): string {
  const service = t(`serviceType.${type}`);
  if (type !== 'securityService' || engagement.securityServices.length < 2) return service;
  const index = engagement.securityServices.findIndex((s) => s.id === serviceId);
  return p('print.engagement.numberedService', { service, number: index + 1 });
}

/** The name of a matrix row: an asset layer, or an assurance service's own row. */
export function rowName(row: MatrixRow, engagement: Engagement, t: Translate, p: PrintT): string {
  if (row.kind === 'layer' || !row.serviceType) return describeRow(row, t).name;
  const service = serviceName(engagement, row.serviceType, row.serviceId, t, p);
  return t('matrix.serviceItself', { service });
}

/** One assignment in words with its duty letter, legible in black and white: `[O] Owner · whole layer`. */
export function assignmentText(assignment: Assignment, t: Translate): string {
  return `[${t(`dutyLetter.${assignment.duty}`)}] ${describeAssignment(assignment, t)}`;
}

/** A list of names joined as the language joins them. */
export function joinList(items: readonly string[], p: PrintT): string {
  return items.join(p('print.listSeparator'));
}
