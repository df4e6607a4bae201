import { describeAssignment } from '@/i18n/describe-assignment';
import { useT } from '@/i18n/i18n-provider';
import type { Assignment } from '@/model/assignment';
import { DutyBadge } from '@/ui/duty-badge';

/** One assignment in words: duty, scope and the service that carries it, with its letter mark. */
export function AssignmentWords({ assignment }: { assignment: Assignment }) {
  const t = useT();
  return (
    <span className={`assignment assignment-${assignment.duty}`}>
      <DutyBadge duty={assignment.duty} letter={t(`dutyLetter.${assignment.duty}`)} />
      <span>{describeAssignment(assignment, t)}</span>
    </span>
  );
}
