import { useT } from '@/i18n/i18n-provider';
import type { Translate } from '@/i18n/translate';
import type { Matrix } from '@/model/assignment';
import type { Finding } from '@/model/findings';
import { groupFindings } from '@/model/group-findings';
import type { Workspace } from '@/model/workspace';
import { engagementTitle, partyName, rowName } from './print-names';
import { type PrintT, usePrintT } from './use-print-t';

/** Where a finding applies, in words: engagement, row, and the role's column or the party. */
function findingPlace(
  finding: Finding,
  workspace: Workspace,
  matrices: ReadonlyMap<string, Matrix>,
  t: Translate,
  p: PrintT,
): string {
  const index = workspace.engagements.findIndex((e) => e.id === finding.engagementId);
  const engagement = workspace.engagements[index];
  if (!engagement) return finding.engagementId;
  const parts = [engagementTitle(engagement, index, p)];
  const row = matrices.get(engagement.id)?.rows.find((r) => r.id === finding.rowId);
  if (row) parts.push(rowName(row, engagement, t, p));
  else if (finding.layer) parts.push(t(`layer.${finding.layer}`));
  if (finding.role) parts.push(t(`role.${finding.role}`));
  if (finding.partyId !== undefined) parts.push(partyName(workspace, finding.partyId, p));
  return parts.join(' · ');
}

function countsText(errors: number, warnings: number, p: PrintT): string {
  const parts = [];
  if (errors > 0) {
    parts.push(
      errors === 1 ? p('print.checks.errorsOne') : p('print.checks.errorsOther', { count: errors }),
    );
  }
  if (warnings > 0) {
    parts.push(
      warnings === 1
        ? p('print.checks.warningsOne')
        : p('print.checks.warningsOther', { count: warnings }),
    );
  }
  return parts.join(p('print.listSeparator'));
}

/**
 * The check results by principle, in the report's order: each principle passes, or lists its
 * findings with their severity, errors first; one line when every principle passes.
 */
export function PrintFindings(props: {
  findings: readonly Finding[];
  workspace: Workspace;
  matrices: ReadonlyMap<string, Matrix>;
}) {
  const t = useT();
  const p = usePrintT();
  const { findings, workspace, matrices } = props;
  return (
    <section className="print-section" aria-labelledby="print-checks-heading">
      <h2 id="print-checks-heading">{p('print.checks.heading')}</h2>
      {findings.length === 0 ? <p>{p('print.checks.allPass')}</p> : null}
      {findings.length === 0
        ? null
        : groupFindings(findings).map(({ principle, findings: own, errors, warnings }) => {
            const status =
              own.length === 0 ? p('print.checks.passes') : countsText(errors, warnings, p);
            return (
              <div key={principle} className="print-principle">
                <h3>{p('print.field', { label: t(`principle.${principle}`), value: status })}</h3>
                {own.length > 0 ? (
                  <ul className="print-findings">
                    {own.map((finding, index) => (
                      // biome-ignore lint/suspicious/noArrayIndexKey: findings have no id of their own
                      <li key={index} className="print-keep">
                        <span className="print-severity">{`[${t(`severity.${finding.severity}`)}]`}</span>{' '}
                        {t(`finding.${finding.code}`)}
                        <span className="print-hint">
                          {` ${findingPlace(finding, workspace, matrices, t, p)}`}
                        </span>
                      </li>
                    ))}
                  </ul>
                ) : null}
              </div>
            );
          })}
    </section>
  );
}
