import { useId } from 'react';
import { useT } from '@/i18n/i18n-provider';
import type { Finding } from '@/model/findings';
import type { Workspace } from '@/model/workspace';
import { StatusIcon } from '@/ui/status-icon';
import { findingCellRef } from './finding-cell';
import { FindingFixes } from './finding-fixes';
import { FindingGoTo } from './finding-go-to';
import { findingDetail } from './finding-text';
import { selectAndFocusCell } from './focus-cell';

/** A stable React key: a check fires at most once per code and place. */
export function findingKey(finding: Finding): string {
  return [finding.code, finding.engagementId, finding.rowId, finding.role, finding.partyId].join(
    '|',
  );
}

/**
 * One finding in words: severity, title and where it is. When it points at a cell, the title is a
 * button that selects that cell and moves focus to it, like the links of an error summary.
 */
export function FindingItem({ finding, workspace }: { finding: Finding; workspace: Workspace }) {
  const t = useT('checks', 'plan-suggestions');
  const id = useId();
  const engagement = workspace.engagements.find((e) => e.id === finding.engagementId);
  const ref = findingCellRef(finding, engagement);
  const title = t(`finding.${finding.code}`);
  return (
    <li className={`finding finding-${finding.severity}`}>
      <span className="finding-severity" id={`${id}-severity`}>
        <StatusIcon tone={finding.severity} size={16} />
        {t(`severity.${finding.severity}`)}
      </span>
      <span className="finding-body">
        {ref ? (
          <button
            type="button"
            className="finding-title finding-link"
            aria-describedby={`${id}-severity ${id}-detail ${id}-hint`}
            onClick={() => selectAndFocusCell(ref)}
          >
            {title}
          </button>
        ) : (
          <span className="finding-title">{title}</span>
        )}
        <span className="finding-detail" id={`${id}-detail`}>
          {findingDetail(t, finding, workspace)}
        </span>
        <FindingFixes finding={finding} t={t} describedBy={`${id}-detail`} />
        <FindingGoTo finding={finding} t={t} describedBy={`${id}-detail`} />
        {ref ? (
          <span className="checks-visually-hidden" id={`${id}-hint`}>
            {t('checks.showCellHint')}
          </span>
        ) : null}
      </span>
    </li>
  );
}
