import type { Matrix } from '@/model/assignment';
import type { Finding } from '@/model/findings';
import { groupFindings } from '@/model/group-findings';
import type { Workspace } from '@/model/workspace';
import type { AnnexLabels } from './annex-labels';
import type { AnnexBlock, AnnexListItem } from './annex-model';
import { engagementTitle, partyName, rowName } from './annex-names';
import { heading, keepTogether } from './annex-size';

/** Where a finding applies, in words: engagement, row, and the role's column or the party. */
export function findingLocation(
  finding: Finding,
  workspace: Workspace,
  matrices: ReadonlyMap<string, Matrix>,
  labels: AnnexLabels,
): string {
  const index = workspace.engagements.findIndex((e) => e.id === finding.engagementId);
  const engagement = workspace.engagements[index];
  if (!engagement) return finding.engagementId;
  const parts = [engagementTitle(engagement, index, labels)];
  const row = matrices.get(engagement.id)?.rows.find((r) => r.id === finding.rowId);
  if (row) parts.push(rowName(row, engagement, labels));
  else if (finding.layer) parts.push(labels.layer(finding.layer));
  if (finding.role) parts.push(labels.role(finding.role));
  if (finding.partyId !== undefined) parts.push(partyName(workspace, finding.partyId, labels));
  return parts.join(labels.document.partSeparator);
}

/**
 * The check results by principle, in the report's order: each principle passes, or lists its
 * findings with their severity, errors first; one line when every principle passes.
 */
export function buildFindings(
  findings: readonly Finding[],
  workspace: Workspace,
  matrices: ReadonlyMap<string, Matrix>,
  labels: AnnexLabels,
): AnnexBlock[] {
  if (findings.length === 0) {
    return [keepTogether([{ kind: 'paragraph', tone: 'body', text: labels.checks.allPass }], 1)];
  }
  return groupFindings(findings).map(({ principle, findings: own, errors, warnings }) => {
    const status =
      own.length === 0 ? labels.checks.principlePasses : labels.checks.counts(errors, warnings);
    const items = own.map(
      (finding): AnnexListItem => ({
        text: `[${labels.severity(finding.severity)}] ${labels.finding(finding.code)}`,
        detail: findingLocation(finding, workspace, matrices, labels),
      }),
    );
    const title = heading(labels.document.field(labels.principle(principle), status), 2);
    return keepTogether(
      items.length > 0 ? [title, { kind: 'list', tone: 'compact', items }] : [title],
      2 + 3 * items.length,
    );
  });
}
