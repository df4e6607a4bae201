import type { Assignment } from '@/model/assignment';
import type { Translate } from './translate';

/** An assignment in words: duty, scope and the service that carries it, e.g. "Supporter · secure use · via operations service". */
export function describeAssignment(
  assignment: Pick<Assignment, 'duty' | 'scope' | 'via'>,
  t: Translate,
): string {
  const parts = [t(`duty.${assignment.duty}`), t(`scope.${assignment.scope}`)];
  if (assignment.via) parts.push(t(`via.${assignment.via}`));
  return parts.join(' · ');
}
