import type { Assignment, Duty, MatrixRow } from '@/model/assignment';
import type { Engagement, Workspace } from '@/model/workspace';
import type { AnnexLabels } from './annex-labels';

/** A shape per duty, so owner and supporter differ in black and white even without the letter. */
export const DUTY_MARK: Readonly<Record<Duty, string>> = { owner: '■', supporter: '□' };

/** Marks a cell that differs from the baseline. */
export const OVERRIDE_MARK = '*';

/** Marks an assignment that rests on our derived reading rather than the report's text. */
export const DERIVED_MARK = '†';

/** The heading of an engagement: its number, and its name when it has one. */
export function engagementTitle(
  engagement: Engagement,
  index: number,
  labels: AnnexLabels,
): string {
  return labels.engagement.heading(index + 1, engagement.name.trim());
}

/** The name of a party, or what to print when none is named or the id is unknown. */
export function partyName(
  workspace: Workspace,
  partyId: string | null | undefined,
  labels: AnnexLabels,
): string {
  if (partyId === null || partyId === undefined) return labels.parties.unassigned;
  const party = workspace.parties.find((candidate) => candidate.id === partyId);
  return party ? party.name : labels.parties.unknown(partyId);
}

/**
 * The name of an engagement's assurance service: its type, numbered only when the engagement buys
 * several security services.
 */
export function serviceName(
  engagement: Engagement,
  serviceId: string | undefined,
  labels: AnnexLabels,
): string {
  const index = engagement.securityServices.findIndex((service) => service.id === serviceId);
  if (index < 0) return labels.engagement.assuranceService('opsService');
  const several = engagement.securityServices.length > 1;
  return labels.engagement.assuranceService('securityService', several ? index + 1 : undefined);
}

/** The name of a matrix row: an asset layer, or an assurance service's own row. */
export function rowName(row: MatrixRow, engagement: Engagement, labels: AnnexLabels): string {
  if (row.layer) return labels.layer(row.layer);
  return labels.matrix.serviceItself(serviceName(engagement, row.serviceId, labels));
}

/** One assignment in words with its mark and letter: `■ 责 负责·整体`, `□ S Supporter, secure use, via …`. */
export function assignmentWords(assignment: Assignment, labels: AnnexLabels): string {
  const parts = [labels.duty(assignment.duty), labels.scope(assignment.scope)];
  if (assignment.via) parts.push(labels.via(assignment.via));
  const mark = `${DUTY_MARK[assignment.duty]} ${labels.dutyLetter(assignment.duty)}`;
  return `${mark} ${parts.join(labels.document.partSeparator)}`;
}

/** A cell's assignments in words, one per line, or the word for an empty cell. */
export function assignmentsWords(assignments: readonly Assignment[], labels: AnnexLabels): string {
  if (assignments.length === 0) return labels.matrix.empty;
  return assignments.map((assignment) => assignmentWords(assignment, labels)).join('\n');
}
