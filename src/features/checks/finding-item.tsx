import { memo, useId } from 'react';
import { useT } from '@/i18n/i18n-provider';
import type { Finding } from '@/model/findings';
import type { Engagement, Workspace } from '@/model/workspace';
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

/** The same finding: same check, place and severity (each check makes new objects). */
function sameFinding(a: Finding, b: Finding): boolean {
  const keys = Object.keys(a) as (keyof Finding)[];
  return keys.length === Object.keys(b).length && keys.every((key) => a[key] === b[key]);
}

interface FindingItemProps {
  readonly finding: Finding;
  /** The finding's engagement, and its number when the workspace has several (else null). */
  readonly engagement: Engagement | undefined;
  readonly number: number | null;
  readonly parties: Workspace['parties'];
}

/**
 * One finding in words: severity, title and where it is. When it points at a cell, the title is a
 * button that selects that cell and moves focus to it, like the links of an error summary.
 * Memoised on what it shows: an edit in a workspace of hundreds of engagements re-renders only
 * the findings it changed, not every one on screen.
 */
export const FindingItem = memo(function FindingItem(props: FindingItemProps) {
  const { finding, engagement, number, parties } = props;
  const t = useT('checks', 'plan-suggestions', 'findings');
  const id = useId();
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
          {findingDetail(t, finding, {
            parties,
            engagement: number === null ? null : { name: engagement?.name ?? '', number },
          })}
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
}, sameProps);

function sameProps(a: FindingItemProps, b: FindingItemProps): boolean {
  return (
    sameFinding(a.finding, b.finding) &&
    a.engagement === b.engagement &&
    a.number === b.number &&
    a.parties === b.parties
  );
}
