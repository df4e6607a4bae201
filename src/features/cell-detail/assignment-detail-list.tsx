import { describeAssignment } from '@/i18n/describe-assignment';
import { useT } from '@/i18n/i18n-provider';
import type { Assignment } from '@/model/assignment';
import type { Party } from '@/model/workspace';
import { DutyBadge } from '@/ui/duty-badge';
import { BasisLabel } from './basis-label';

/** Assignments in words, each with the party that carries it and its basis. */
export function AssignmentDetailList(props: {
  assignments: readonly Assignment[];
  parties: readonly Party[];
}) {
  const t = useT('detail');
  if (props.assignments.length === 0) return <p className="cell-empty">{t('detail.empty')}</p>;
  return (
    <ul className="assignment-detail-list">
      {props.assignments.map((a, i) => {
        const party = props.parties.find((p) => p.id === a.partyId);
        return (
          // Assignments have no id of their own; their order within a cell is stable.
          // biome-ignore lint/suspicious/noArrayIndexKey: see above
          <li key={i} className={`assignment-detail assignment-${a.duty}`}>
            <DutyBadge duty={a.duty} letter={t(`dutyLetter.${a.duty}`)} />
            <span>
              {describeAssignment(a, t)}
              {party ? ` (${party.name})` : ''}
              <br />
              <BasisLabel basis={a.basis} />
            </span>
          </li>
        );
      })}
    </ul>
  );
}
