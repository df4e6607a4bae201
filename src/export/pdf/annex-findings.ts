import type { Content } from 'pdfmake/interfaces';
import type { Matrix } from '@/model/assignment';
import type { Finding } from '@/model/findings';
import { groupFindings } from '@/model/group-findings';
import type { Workspace } from '@/model/workspace';
import type { AnnexLabels } from './annex-labels';
import { engagementTitle, partyName, rowName } from './annex-names';
import { keepTogether } from './keep-together';

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
): Content[] {
  if (findings.length === 0) return [keepTogether([{ text: labels.checks.allPass }], 1)];
  return groupFindings(findings).map(({ principle, findings: own, errors, warnings }): Content => {
    const status =
      own.length === 0 ? labels.checks.principlePasses : labels.checks.counts(errors, warnings);
    const items = own.map(
      (finding): Content => ({
        text: [
          `[${labels.severity(finding.severity)}] ${labels.finding(finding.code)}\n`,
          { text: findingLocation(finding, workspace, matrices, labels), style: 'small' },
        ],
        margin: [0, 0, 0, 3],
      }),
    );
    const title: Content = {
      text: labels.document.field(labels.principle(principle), status),
      style: 'h2',
    };
    return keepTogether(
      items.length > 0 ? [title, { ul: items, fontSize: 9 }] : [title],
      2 + 3 * items.length,
    );
  });
}
